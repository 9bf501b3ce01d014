using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>Publish the achievement's name, summary and proposed price on the unit's internal website before the contract is signed.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="SignedOn">The signing date.</param>
[ReasonCode("requirement.publish-before-signing")]
public sealed record PublishBeforeSigning(string ContractId, LocalDate SignedOn) : IReason;
