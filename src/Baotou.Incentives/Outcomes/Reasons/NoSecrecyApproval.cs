namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>An achievement involving state secrets with no approval recorded.</summary>
/// <param name="AchievementId">The achievement.</param>
/// <param name="AchievementTitle">Its title.</param>
[ReasonCode("condition.no-secrecy-approval")]
public sealed record NoSecrecyApproval(string AchievementId, string AchievementTitle) : IReason;
