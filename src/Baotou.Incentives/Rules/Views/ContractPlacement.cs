using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Rules.Views;

/// <summary>A contract with the achievement it transforms and the unit that owns the achievement.</summary>
internal sealed record ContractPlacement(TechnologyContract Contract, Achievement Achievement, Unit Unit) : IFactView
{
    public TechnologyContract Contract { get; } = Contract;

    public Achievement Achievement { get; } = Achievement;

    public Unit Unit { get; } = Unit;

    public IEnumerable<ICaseFact> Members => [Contract, Achievement, Unit];

    // A contract appears once in a case, so its id identifies the view; hashing the whole record tree on every insert is waste.
    public bool Equals(ContractPlacement? other) => other is not null && string.Equals(Contract.Id, other.Contract.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Contract.Id);
}
