using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// Nothing is counted that the evaluation date cannot know. A fiscal year's operating profit is
/// known once the year has ended (31 December); a year that ends after the evaluation date is listed and not counted, as money
/// received after that date is.
/// </summary>
/// <param name="ProfitId">The profit row.</param>
/// <param name="FiscalYear">Its fiscal year.</param>
/// <param name="YearEnds">The last day of that year.</param>
/// <param name="EvaluationDate">The date the case is evaluated on.</param>
[ReasonCode("condition.profit-year-ended")]
public sealed record ProfitYearNotEnded(string ProfitId, int FiscalYear, LocalDate YearEnds, LocalDate EvaluationDate) : IReason;
