namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The agreement makes the transformation rights clear (明确科技成果转化权益).</summary>
[ReasonCode("condition.transformation-rights-defined")]
public sealed record TransformationRightsDefined() : IReason;
