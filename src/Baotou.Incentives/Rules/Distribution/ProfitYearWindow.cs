using Baotou.Incentives.Policy;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
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

        return PartOf(fiscalYear) is { } part ? profit * part.DaysInside / part.DaysOfYear : profit;
    }

    /// <summary>
    /// For a fiscal year at an end of a span of dates (<see cref="ProfitYearConvention.YearsFromProductionDate"/>), the days of
    /// it inside the window, so that the decision names the part it counts; none for a year counted whole.
    /// </summary>
    internal ProfitYearInPart? PartOf(int fiscalYear)
    {
        if (!Contains(fiscalYear) || SpanStart is not { } start || SpanEnd is not { } end)
        {
            return null;
        }

        var from = fiscalYear == start.Year ? start : Facts.FiscalYear.FirstDay(fiscalYear);
        var to = fiscalYear == end.Year ? end : Facts.FiscalYear.LastDay(fiscalYear);
        var inside = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        var ofYear = CalendarSystem.Iso.GetDaysInYear(fiscalYear);
        return inside == ofYear ? null : new ProfitYearInPart(fiscalYear, from, to, inside, ofYear);
    }

    /// <summary>What a profit year's grant rests on besides its profit: a loss shares nothing; a year in part counts its days inside.</summary>
    internal IReason[] GroundsOf(Facts.OperatingProfit profit) =>
        profit.Amount < 0m ? [new LossYear(profit.FiscalYear, -profit.Amount)]
        : PartOf(profit.FiscalYear) is { } part && profit.Amount > 0m ? [part]
        : [];

    /// <summary>The ordinal of a fiscal year in the window: 1 for the first profit year.</summary>
    internal int Ordinal(int fiscalYear) => fiscalYear - FirstYear + 1;

}
