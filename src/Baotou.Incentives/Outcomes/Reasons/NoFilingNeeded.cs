namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>Nor filing (不备案).</summary>
[ReasonCode("condition.no-filing")]
public sealed record NoFilingNeeded() : IReason;
