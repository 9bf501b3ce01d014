namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The decision was made democratically (严格执行民主决策).</summary>
[ReasonCode("condition.democratic-decision")]
public sealed record DemocraticDecision() : IReason;
