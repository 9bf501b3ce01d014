using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>A publication dated before the contract was signed (事前公示).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="PublishedOn">The publication date.</param>
/// <param name="SignedOn">The signing date.</param>
[ReasonCode("condition.published-before-signing")]
public sealed record PublishedBeforeSigning(string ContractId, LocalDate PublishedOn, LocalDate SignedOn) : IReason;
