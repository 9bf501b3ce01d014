using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>China's fiscal year is the calendar year (《会计法》: 会计年度自公历1月1日起至12月31日止).</summary>
internal static class FiscalYear
{
    internal static LocalDate FirstDay(int fiscalYear) => new(fiscalYear, 1, 1);

    internal static LocalDate LastDay(int fiscalYear) => FirstDay(fiscalYear).PlusYears(1).PlusDays(-1);
}
