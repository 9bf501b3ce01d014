using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>A fiscal year falls within the profit years after production (投产后 5 年内).</summary>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="ProfitYear">Its ordinal among the profit years.</param>
/// <param name="FirstYear">The first profit year.</param>
/// <param name="LastYear">The last profit year.</param>
/// <param name="ProductionSucceededOn">The date production succeeded.</param>
[ReasonCode("condition.profit-year-within-term")]
public sealed record ProfitYearWithinTerm(int FiscalYear, int ProfitYear, int FirstYear, int LastYear, LocalDate ProductionSucceededOn) : IReason;
