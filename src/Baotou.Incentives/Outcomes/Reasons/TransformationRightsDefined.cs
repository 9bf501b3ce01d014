namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.transformation-rights-defined</c>: the agreement makes the transformation rights clear (明确科技成果转化权益).</summary>
public sealed record TransformationRightsDefined() : IReason;
