using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Rules.Views;

/// <summary>
/// A year's operating profit with the self-implementation it was earned under, its achievement and unit. Joined by the
/// rules, profit rows cost every row times every implementation (quadratic); one view per row keeps growth linear.
/// </summary>
internal sealed record ProfitPlacement(OperatingProfit Profit, SelfImplementation Implementation, Achievement Achievement, Unit Unit) : IFactView
{
    public OperatingProfit Profit { get; } = Profit;

    public SelfImplementation Implementation { get; } = Implementation;

    public Achievement Achievement { get; } = Achievement;

    public Unit Unit { get; } = Unit;

    public IEnumerable<ICaseFact> Members => [Implementation, Achievement, Unit, Profit];

    public bool Equals(ProfitPlacement? other) => other is not null && string.Equals(Profit.Id, other.Profit.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Profit.Id);
}
