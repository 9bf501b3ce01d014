namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.summary-published</c>: a summary was published (简介).</summary>
public sealed record SummaryPublished() : IReason;
