namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.no-filing</c>: nor filing (不备案).</summary>
public sealed record NoFilingNeeded() : IReason;
