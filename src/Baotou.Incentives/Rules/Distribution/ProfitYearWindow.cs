using Baotou.Incentives.Policy;
using NodaTime;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// The fiscal years whose operating profit （八）shares, under a pack's year convention. Under
/// <see cref="ProfitYearConvention.YearsFromProductionDate"/> the window is a span of dates, and a fiscal year at either end
/// counts only its days inside the span (<see cref="ProfitInWindow"/>).
/// </summary>
internal readonly record struct ProfitYearWindow(int FirstYear, int LastYear, LocalDate? SpanStart = null, LocalDate? SpanEnd = null)
{
    internal static ProfitYearWindow After(LocalDate productionSucceededOn, ProfitYearConvention convention, ParameterReading years)
    {
        if (convention == ProfitYearConvention.YearsFromProductionDate)
        {
            var last = productionSucceededOn.PlusYears((int)years.Value).PlusDays(-1);
            return new ProfitYearWindow(productionSucceededOn.Year, last.Year, productionSucceededOn, last);
        }

        var first = convention == ProfitYearConvention.FirstFullYearAfterProduction
            ? productionSucceededOn.Year + 1
            : productionSucceededOn.Year;
        return new ProfitYearWindow(first, first + (int)years.Value - 1);
    }

    internal bool Contains(int fiscalYear) => fiscalYear >= FirstYear && fiscalYear <= LastYear;

    /// <summary>
    /// The part of a fiscal year's profit that falls in the window: all of it for a whole year; at a span's ends, the profit ×
    /// days inside ÷ days of the year (multiplied first, so that an even result stays exact).
    /// </summary>
    internal decimal ProfitInWindow(decimal profit, int fiscalYear)
    {
        if (!Contains(fiscalYear))
        {
            return 0m;
        }

        if (SpanStart is not { } start || SpanEnd is not { } end)
        {
            return profit;
        }

        var from = fiscalYear == start.Year ? start : Facts.FiscalYear.FirstDay(fiscalYear);
        var to = fiscalYear == end.Year ? end : Facts.FiscalYear.LastDay(fiscalYear);
        var inside = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        var ofYear = CalendarSystem.Iso.GetDaysInYear(fiscalYear);
        return inside == ofYear ? profit : profit * inside / ofYear;
    }

    /// <summary>The ordinal of a fiscal year in the window: 1 for the first profit year.</summary>
    internal int Ordinal(int fiscalYear) => fiscalYear - FirstYear + 1;

    public override string ToString() => $"{FirstYear}–{LastYear}";
}
