namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.agreement-sets-income-distribution</c>: the agreement sets how income is distributed (合理约定成果的收益分配等事项).</summary>
public sealed record AgreementSetsIncomeDistribution() : IReason;
