namespace Baotou.Incentives.Facts;

/// <summary>
/// A fact that marks the event a policy covers or not, depending on whether it happened on or after the policy took effect.
/// </summary>
internal interface IDatedEvent : ICaseFact
{
    /// <summary>The date of the event that decides which policy and which parameter values apply.</summary>
    NodaTime.LocalDate EventDate { get; }
}
