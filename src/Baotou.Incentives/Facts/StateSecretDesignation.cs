using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>That a service achievement involves state secrets (涉及国家秘密, 149号·（十二）): empowering researchers over it needs approval.</summary>
/// <param name="Id">The designation's id within the case.</param>
/// <param name="AchievementId">The id of the <see cref="Achievement"/> that involves state secrets.</param>
public sealed record StateSecretDesignation(string Id, string AchievementId) : ICaseFact, IPartOfAchievement
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(StateSecretDesignation));

    /// <summary>The id of the achievement.</summary>
    public string AchievementId { get; } = Guard.Reference(AchievementId, nameof(StateSecretDesignation), Id, nameof(AchievementId));
}
