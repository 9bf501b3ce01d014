namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The researchers performed the agreement of the use right (履行协议).</summary>
/// <param name="UseRightGrantId">The use right.</param>
[ReasonCode("condition.agreement-performed")]
public sealed record AgreementPerformed(string UseRightGrantId) : IReason;
