namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>No illegal gain was sought (没有牟取非法利益).</summary>
[ReasonCode("condition.no-illegal-gain")]
public sealed record NoIllegalGain() : IReason;
