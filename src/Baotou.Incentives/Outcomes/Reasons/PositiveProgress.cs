namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.positive-progress</c>: the transformation made positive progress (取得积极进展).</summary>
public sealed record PositiveProgress() : IReason;
