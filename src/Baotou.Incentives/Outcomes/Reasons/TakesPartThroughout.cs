namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The commissioner takes part in transforming the achievement, which 149号·（六）
/// supports and encourages throughout (支持鼓励科技特派员全程参与科技成果转化工作), with no condition of funding.
/// </summary>
/// <param name="CommissionerName">The commissioner.</param>
/// <param name="AchievementTitle">The achievement transformed.</param>
[ReasonCode("condition.takes-part-throughout")]
public sealed record TakesPartThroughout(string CommissionerName, string AchievementTitle) : IReason;
