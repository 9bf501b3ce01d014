namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// 从其规定 from the change's own date: an event before it keeps the provisions of the
/// pack it changes.
/// </summary>
/// <param name="SubjectKind">The kind of the fact whose date decides (e.g. <c>TechnologyContract</c>).</param>
/// <param name="EventDate">The event's date.</param>
/// <param name="ChangePackId">The national or regional pack that changes.</param>
/// <param name="ChangeFrom">When the change takes effect.</param>
/// <param name="ChangedPackId">The pack it changes, which applies as it stands before that date.</param>
[ReasonCode("condition.event-on-or-after-change")]
public sealed record EventOnOrAfterChange([ShownAs(ArgumentKind.FactKind)] string SubjectKind, NodaTime.LocalDate EventDate, string ChangePackId, NodaTime.LocalDate ChangeFrom, string ChangedPackId) : IReason;
