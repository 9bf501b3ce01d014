namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The commissioner helped the achievement land and be transformed (促成科技成果落地转化).</summary>
/// <param name="CommissionerName">The commissioner.</param>
/// <param name="AchievementTitle">The achievement.</param>
[ReasonCode("condition.helped-land-locally")]
public sealed record HelpedLandLocally(string CommissionerName, string AchievementTitle) : IReason;
