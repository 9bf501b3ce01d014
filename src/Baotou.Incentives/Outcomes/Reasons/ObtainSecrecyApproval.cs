namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>requirement.secrecy-approval</c>: obtain approval under the science and technology secrecy rules before empowering or transforming an achievement involving state secrets.</summary>
/// <param name="AchievementId">The achievement.</param>
/// <param name="AchievementTitle">Its title.</param>
public sealed record ObtainSecrecyApproval(string AchievementId, string AchievementTitle) : IReason;
