namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>A fiscal year falls within the longest term the unit may choose.</summary>
/// <param name="LastYear">The last year of the longest term.</param>
/// <param name="MaximumYears">The longest term in years.</param>
[ReasonCode("condition.profit-year-within-longest-term")]
public sealed record ProfitYearWithinLongestTerm(int LastYear, [ShownAs(ArgumentKind.Count)] decimal MaximumYears) : IReason;
