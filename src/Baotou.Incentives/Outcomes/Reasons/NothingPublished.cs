using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>Nothing was published before the contract was signed.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="SignedOn">The signing date.</param>
[ReasonCode("condition.nothing-published")]
public sealed record NothingPublished(string ContractId, LocalDate SignedOn) : IReason;
