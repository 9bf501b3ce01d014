namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>A fiscal year falls within the profit years owed in any case.</summary>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="ProfitYear">Its ordinal.</param>
/// <param name="FirstYear">The first year owed.</param>
/// <param name="LastYear">The last year owed.</param>
[ReasonCode("condition.profit-year-owed")]
public sealed record ProfitYearOwed(int FiscalYear, int ProfitYear, int FirstYear, int LastYear) : IReason;
