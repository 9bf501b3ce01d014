namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The agreement sets how income is distributed (合理约定成果的收益分配等事项).</summary>
[ReasonCode("condition.agreement-sets-income-distribution")]
public sealed record AgreementSetsIncomeDistribution() : IReason;
