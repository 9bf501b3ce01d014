namespace Baotou.Incentives.Policy;

/// <summary>Which fiscal years count as "the N years after production succeeded" (投产后N年内).</summary>
public enum ProfitYearConvention
{
    /// <summary>The fiscal year in which production succeeded is the first year; N fiscal years in all.</summary>
    ProductionYearIsFirst = 1,

    /// <summary>The first full fiscal year after production succeeded is the first year; N fiscal years in all.</summary>
    FirstFullYearAfterProduction = 2,

    /// <summary>
    /// N years counted from the date production succeeded (投产后 N 年内 as a span of dates): every fiscal year that overlaps the
    /// span is a profit year, and its operating profit counts in proportion to its days inside the span, the profit being
    /// stated by fiscal year and taken as earned evenly through it.
    /// </summary>
    /// <remarks>
    /// Production on 2024-12-20, five years: the span is 2024-12-20 to 2029-12-19. 2024 counts 12 of its 366 days, 2025–2028
    /// in full, and 2029 353 of its 365 days: five years of profit in all, where <see cref="ProductionYearIsFirst"/> gives
    /// the 11 days of 2024 a whole profit year and so leaves the team about four years of profit after production.
    /// </remarks>
    YearsFromProductionDate = 3,
}
