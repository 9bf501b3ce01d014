namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// With the profit years counted from the production date (投产后 5 年内 as a span of dates),
/// a fiscal year at an end of the span counts only its days inside it: the profit shared is the year's profit × days inside ÷
/// days of the year.
/// </summary>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="From">The first day of the year inside the span.</param>
/// <param name="To">The last day of the year inside the span.</param>
/// <param name="DaysInside">The days from <paramref name="From"/> to <paramref name="To"/>, both included.</param>
/// <param name="DaysOfYear">The days of the fiscal year (365 or 366).</param>
[ReasonCode("ground.profit-year-in-part")]
public sealed record ProfitYearInPart(int FiscalYear, NodaTime.LocalDate From, NodaTime.LocalDate To, int DaysInside, int DaysOfYear) : IReason;
