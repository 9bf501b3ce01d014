namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The achievement won a national science and technology award (国家科学技术奖).</summary>
/// <param name="AchievementId">The achievement.</param>
[ReasonCode("ground.national-science-award")]
public sealed record NationalScienceAward(string AchievementId) : IReason;
