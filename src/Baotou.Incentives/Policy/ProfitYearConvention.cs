namespace Baotou.Incentives.Policy;

/// <summary>Which fiscal years count as "the N years after production succeeded" (投产后N年内).</summary>
public enum ProfitYearConvention
{
    /// <summary>The fiscal year in which production succeeded is the first year; N fiscal years in all.</summary>
    ProductionYearIsFirst = 1,

    /// <summary>The first full fiscal year after production succeeded is the first year; N fiscal years in all.</summary>
    FirstFullYearAfterProduction = 2,
}
