using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>A long-term right to use a service achievement granted to researchers (赋予科研人员职务科技成果长期使用权, 149号·（二）).</summary>
/// <param name="Id">The grant's id within the case.</param>
/// <param name="AchievementId">The id of the <see cref="Achievement"/> whose use is granted.</param>
/// <param name="StartsOn">The first day of the term: the event a policy covers.</param>
/// <param name="EndsOn">The day the term ends; after <paramref name="StartsOn"/>. The term is the period between the two dates.</param>
/// <param name="HasSignedAgreement">Whether the unit and the completing team signed a written agreement (签署书面协议).</param>
/// <param name="AgreementSetsIncomeDistribution">Whether the agreement sets how income is distributed (约定成果的收益分配等事项).</param>
public sealed record UseRightGrant(
    string Id,
    string AchievementId,
    LocalDate StartsOn,
    LocalDate EndsOn,
    bool HasSignedAgreement,
    bool AgreementSetsIncomeDistribution) : ICaseFact, IPartOfAchievement, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(UseRightGrant));

    /// <summary>The id of the achievement.</summary>
    public string AchievementId { get; } = Guard.Reference(AchievementId, nameof(UseRightGrant), Id, nameof(AchievementId));

    /// <summary>The first day of the term.</summary>
    public LocalDate StartsOn { get; } = Guard.Date(StartsOn, nameof(UseRightGrant), Id, nameof(StartsOn));

    /// <summary>The day the term ends.</summary>
    public LocalDate EndsOn { get; } = Guard.Date(EndsOn, nameof(UseRightGrant), Id, nameof(EndsOn)) > StartsOn
        ? EndsOn
        : throw Guard.Fail(nameof(UseRightGrant), Id, nameof(EndsOn), $"must be after StartsOn {StartsOn:yyyy-MM-dd}; was {EndsOn:yyyy-MM-dd}");

    /// <summary>Whether a written agreement was signed.</summary>
    public bool HasSignedAgreement { get; } = HasSignedAgreement;

    /// <summary>Whether the agreement sets how income is distributed.</summary>
    public bool AgreementSetsIncomeDistribution { get; } = AgreementSetsIncomeDistribution;

    /// <summary>The term, from <see cref="StartsOn"/> to <see cref="EndsOn"/>, in years, months and days.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Period Term => Period.Between(StartsOn, EndsOn, PeriodUnits.YearMonthDay);

    LocalDate IDatedEvent.EventDate => StartsOn;
}
