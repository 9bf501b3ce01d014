namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The unit has not (yet) made an income distribution rule (暂时没有制定收益分配制度).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitName">The unit's name.</param>
[ReasonCode("condition.no-distribution-rule")]
public sealed record NoDistributionRule(string UnitId, string UnitName) : IReason;
