using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>A use right lasts at least the minimum term: it ends on or after its start plus that many calendar years.</summary>
/// <param name="StartsOn">Its first day.</param>
/// <param name="EndsOn">Its end.</param>
/// <param name="Years">Whole years of the term.</param>
/// <param name="Months">Further months.</param>
/// <param name="Days">Further days.</param>
/// <param name="MinimumYears">The minimum term in years.</param>
/// <param name="EarliestEnd">The earliest end that meets it.</param>
[ReasonCode("condition.use-right-term")]
public sealed record UseRightTerm(LocalDate StartsOn, LocalDate EndsOn, int Years, int Months, int Days, [ShownAs(ArgumentKind.Count)] decimal MinimumYears, LocalDate EarliestEnd) : IReason;
