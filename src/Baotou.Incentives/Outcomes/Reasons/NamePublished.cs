namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.name-published</c>: the achievement's name was published (科技成果名称).</summary>
public sealed record NamePublished() : IReason;
