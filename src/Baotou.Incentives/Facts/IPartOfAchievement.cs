namespace Baotou.Incentives.Facts;

/// <summary>A fact that belongs to one achievement of the case, by its id; the validator checks the achievement is there.</summary>
internal interface IPartOfAchievement : ICaseFact
{
    /// <summary>The achievement's id.</summary>
    string AchievementId { get; }
}
