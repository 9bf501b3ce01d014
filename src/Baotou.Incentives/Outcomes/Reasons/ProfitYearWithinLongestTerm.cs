namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.profit-year-within-longest-term</c>: a fiscal year falls within the longest term the unit may choose.</summary>
/// <param name="LastYear">The last year of the longest term.</param>
/// <param name="MaximumYears">The longest term in years.</param>
public sealed record ProfitYearWithinLongestTerm(int LastYear, decimal MaximumYears) : IReason;
