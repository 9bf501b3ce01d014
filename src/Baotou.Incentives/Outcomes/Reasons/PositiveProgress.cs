namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The transformation made positive progress (取得积极进展).</summary>
[ReasonCode("condition.positive-progress")]
public sealed record PositiveProgress() : IReason;
