namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.good-income</c>: income has been good (收益情况良好).</summary>
public sealed record GoodIncome() : IReason;
