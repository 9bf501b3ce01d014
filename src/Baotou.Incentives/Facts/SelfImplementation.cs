using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>The unit implementing an achievement itself (自主实施), and the date production succeeded (投产).</summary>
/// <param name="Id">The implementation's id within the case.</param>
/// <param name="AchievementId">The id of the implemented <see cref="Achievement"/>.</param>
/// <param name="ProductionSucceededOn">The date production succeeded: the start of the profit years and the event a policy covers.</param>
public sealed record SelfImplementation(string Id, string AchievementId, LocalDate ProductionSucceededOn) : ICaseFact, IPartOfAchievement, IDatedEvent
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(SelfImplementation));

    /// <summary>The id of the implemented achievement.</summary>
    public string AchievementId { get; } = Guard.Reference(AchievementId, nameof(SelfImplementation), Id, nameof(AchievementId));

    /// <summary>The date production succeeded.</summary>
    public LocalDate ProductionSucceededOn { get; } = Guard.Date(ProductionSucceededOn, nameof(SelfImplementation), Id, nameof(ProductionSucceededOn));

    LocalDate IDatedEvent.EventDate => ProductionSucceededOn;
}
