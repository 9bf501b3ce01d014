namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// What the exemption covers, and only that: 科技成果定价、自主决定资产评估以及成果赋权中因科技成果转化后续
/// 价值变化产生的相关决策责任 (decision liability in pricing, self-decided asset valuation and empowerment arising from later
/// changes in the achievement's value), never a general exemption.
/// </summary>
[ReasonCode("condition.exemption-scope")]
public sealed record ExemptionScope() : IReason;
