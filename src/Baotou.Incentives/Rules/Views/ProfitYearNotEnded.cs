using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Rules.Views;

/// <summary>
/// A year's operating profit whose fiscal year had not ended by the evaluation date, with the self-implementation, achievement
/// and unit behind it. Nothing is counted that the evaluation date cannot know: such a row is not a <see cref="ProfitPlacement"/>,
/// so no measure shares it, and the findings of <see cref="Distribution.ProfitYearNotEndedUnder149"/> and
/// <see cref="NationalBaseline.ProfitYearNotEndedUnderTheLaw"/> list it as not counted, as money received after that date is.
/// </summary>
internal sealed record ProfitYearNotEnded(
    OperatingProfit Profit, SelfImplementation Implementation, Achievement Achievement, Unit Unit, LocalDate EvaluationDate) : IFactView
{
    public OperatingProfit Profit { get; } = Profit;

    public SelfImplementation Implementation { get; } = Implementation;

    public Achievement Achievement { get; } = Achievement;

    public Unit Unit { get; } = Unit;

    public LocalDate EvaluationDate { get; } = EvaluationDate;

    /// <summary>The last day of the fiscal year, after the evaluation date.</summary>
    public LocalDate YearEnds => FiscalYear.LastDay(Profit.FiscalYear);

    public IEnumerable<ICaseFact> Members => [Implementation, Achievement, Unit, Profit];

    public bool Equals(ProfitYearNotEnded? other) => other is not null && string.Equals(Profit.Id, other.Profit.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Profit.Id);

    /// <summary>Whether a fiscal year had ended by the evaluation date: its last day (31 December) on or before it.</summary>
    internal static bool HasEnded(int fiscalYear, LocalDate evaluationDate) => FiscalYear.LastDay(fiscalYear) <= evaluationDate;
}
