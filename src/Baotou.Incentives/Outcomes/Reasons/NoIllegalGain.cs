namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.no-illegal-gain</c>: no illegal gain was sought (没有牟取非法利益).</summary>
public sealed record NoIllegalGain() : IReason;
