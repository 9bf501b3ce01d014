namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>Obtain approval under the science and technology secrecy rules before empowering or transforming an achievement involving state secrets.</summary>
/// <param name="AchievementId">The achievement.</param>
/// <param name="AchievementTitle">Its title.</param>
[ReasonCode("requirement.secrecy-approval")]
public sealed record ObtainSecrecyApproval(string AchievementId, string AchievementTitle) : IReason;
