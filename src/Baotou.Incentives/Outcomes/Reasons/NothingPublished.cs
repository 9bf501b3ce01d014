using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.nothing-published</c>: nothing was published before the contract was signed.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="SignedOn">The signing date.</param>
public sealed record NothingPublished(string ContractId, LocalDate SignedOn) : IReason;
