namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>A summary was published (简介).</summary>
[ReasonCode("condition.summary-published")]
public sealed record SummaryPublished() : IReason;
