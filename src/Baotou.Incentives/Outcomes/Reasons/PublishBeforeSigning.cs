using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>requirement.publish-before-signing</c>: publish the achievement's name, summary and proposed price on the unit's internal website before the contract is signed.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="SignedOn">The signing date.</param>
public sealed record PublishBeforeSigning(string ContractId, LocalDate SignedOn) : IReason;
