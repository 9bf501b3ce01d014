namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.democratic-decision</c>: the decision was made democratically (严格执行民主决策).</summary>
public sealed record DemocraticDecision() : IReason;
