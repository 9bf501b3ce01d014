namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.helped-land-locally</c>: the commissioner helped the achievement land and be transformed (促成科技成果落地转化).</summary>
/// <param name="CommissionerName">The commissioner.</param>
/// <param name="AchievementTitle">The achievement.</param>
public sealed record HelpedLandLocally(string CommissionerName, string AchievementTitle) : IReason;
