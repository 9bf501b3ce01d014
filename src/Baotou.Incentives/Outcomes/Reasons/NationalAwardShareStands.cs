namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The unit's own terms govern the default shares, and the team may still enjoy the
/// national-award share of a transfer (成果完成团队可享有该成果转让 90%以上收益), a sentence that stands on its own.
/// </summary>
/// <param name="AchievementId">The achievement that won a national science and technology award.</param>
[ReasonCode("condition.national-award-share-stands")]
public sealed record NationalAwardShareStands(string AchievementId) : IReason;
