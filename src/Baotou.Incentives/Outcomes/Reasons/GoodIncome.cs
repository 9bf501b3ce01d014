namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>Income has been good (收益情况良好).</summary>
[ReasonCode("condition.good-income")]
public sealed record GoodIncome() : IReason;
