using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.event-on-or-after-effective-date</c>: the event is on or after the date the policy took effect.</summary>
/// <param name="SubjectKind">The kind of fact that dates the event.</param>
/// <param name="EventDate">The event date.</param>
/// <param name="PackId">The pack.</param>
/// <param name="EffectiveFrom">The date the pack took effect.</param>
public sealed record EventOnOrAfterEffectiveDate(string SubjectKind, LocalDate EventDate, string PackId, LocalDate EffectiveFrom) : IReason;
