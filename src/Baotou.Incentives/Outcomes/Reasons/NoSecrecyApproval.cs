namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.no-secrecy-approval</c>: an achievement involving state secrets with no approval recorded.</summary>
/// <param name="AchievementId">The achievement.</param>
/// <param name="AchievementTitle">Its title.</param>
public sealed record NoSecrecyApproval(string AchievementId, string AchievementTitle) : IReason;
