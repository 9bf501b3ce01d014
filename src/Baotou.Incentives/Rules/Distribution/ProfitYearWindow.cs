using Baotou.Incentives.Policy;
using NodaTime;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>The fiscal years whose operating profit （八）shares, under a pack's year convention.</summary>
internal readonly record struct ProfitYearWindow(int FirstYear, int LastYear)
{
    internal static ProfitYearWindow After(LocalDate productionSucceededOn, ProfitYearConvention convention, ParameterReading years)
    {
        var first = convention == ProfitYearConvention.FirstFullYearAfterProduction
            ? productionSucceededOn.Year + 1
            : productionSucceededOn.Year;
        return new ProfitYearWindow(first, first + (int)years.Value - 1);
    }

    internal bool Contains(int fiscalYear) => fiscalYear >= FirstYear && fiscalYear <= LastYear;

    /// <summary>The ordinal of a fiscal year in the window: 1 for the first profit year.</summary>
    internal int Ordinal(int fiscalYear) => fiscalYear - FirstYear + 1;

    public override string ToString() => $"{FirstYear}–{LastYear}";
}
