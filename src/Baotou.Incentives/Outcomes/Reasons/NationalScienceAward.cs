namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>ground.national-science-award</c>: the achievement won a national science and technology award (国家科学技术奖).</summary>
/// <param name="AchievementId">The achievement.</param>
public sealed record NationalScienceAward(string AchievementId) : IReason;
