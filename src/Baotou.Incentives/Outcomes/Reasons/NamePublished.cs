namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The achievement's name was published (科技成果名称).</summary>
[ReasonCode("condition.name-published")]
public sealed record NamePublished() : IReason;
