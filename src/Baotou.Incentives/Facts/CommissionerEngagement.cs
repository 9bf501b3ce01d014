using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>A science and technology commissioner's part in transforming an achievement (科技特派员, 149号·（六）).</summary>
/// <param name="Id">The engagement's id within the case.</param>
/// <param name="CommissionerName">The commissioner's name.</param>
/// <param name="AchievementId">The id of the <see cref="Achievement"/> transformed.</param>
/// <param name="Role">The key stage the commissioner took part in.</param>
/// <param name="ProjectHasFiscalFunding">Whether the project received fiscal science and technology funding (获得财政科技经费支持).</param>
/// <param name="HelpedLandInBaotou">Whether the commissioner helped the achievement land and be transformed locally (促成科技成果落地转化).</param>
/// <param name="EngagedOn">The date the engagement began: the event a policy covers.</param>
public sealed record CommissionerEngagement(
    string Id,
    string CommissionerName,
    string AchievementId,
    CommissionerRole Role,
    bool ProjectHasFiscalFunding,
    bool HelpedLandInBaotou,
    LocalDate EngagedOn) : ICaseFact, IPartOfAchievement, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(CommissionerEngagement));

    /// <summary>The commissioner's name.</summary>
    public string CommissionerName { get; } = Guard.Text(CommissionerName, nameof(CommissionerEngagement), Id, nameof(CommissionerName));

    /// <summary>The id of the achievement.</summary>
    public string AchievementId { get; } = Guard.Reference(AchievementId, nameof(CommissionerEngagement), Id, nameof(AchievementId));

    /// <summary>The key stage the commissioner took part in.</summary>
    public CommissionerRole Role { get; } = Guard.Defined(Role, nameof(CommissionerEngagement), Id, nameof(Role));

    /// <summary>Whether the project received fiscal science and technology funding.</summary>
    public bool ProjectHasFiscalFunding { get; } = ProjectHasFiscalFunding;

    /// <summary>Whether the commissioner helped the achievement land and be transformed locally.</summary>
    public bool HelpedLandInBaotou { get; } = HelpedLandInBaotou;

    /// <summary>The date the engagement began.</summary>
    public LocalDate EngagedOn { get; } = Guard.Date(EngagedOn, nameof(CommissionerEngagement), Id, nameof(EngagedOn));

    LocalDate IDatedEvent.EventDate => EngagedOn;
}
