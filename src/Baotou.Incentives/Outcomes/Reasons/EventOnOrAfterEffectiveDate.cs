using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The event is on or after the date the policy took effect.</summary>
/// <param name="SubjectKind">The kind of fact that dates the event.</param>
/// <param name="EventDate">The event date.</param>
/// <param name="PackId">The pack.</param>
/// <param name="EffectiveFrom">The date the pack took effect.</param>
[ReasonCode("condition.event-on-or-after-effective-date")]
public sealed record EventOnOrAfterEffectiveDate([ShownAs(ArgumentKind.FactKind)] string SubjectKind, LocalDate EventDate, [ShownAs(ArgumentKind.PackName)] string PackId, LocalDate EffectiveFrom) : IReason;
