using Baotou.Incentives.Facts;
using Baotou.Incentives.Rules.Views;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>
/// What a contract brought in by the evaluation date: gross money received, the deductions stated, and net income.
/// Net income is never below zero: costs beyond the money received leave nothing to share, not a debt of the team.
/// </summary>
/// <remarks>
/// Which payments were counted and which came later is in the trace: the derivation's matched facts. The income carries its
/// contract's placement, so a rule over income reads the contract, achievement and unit without joining them again; its
/// trace names them with the income.
/// </remarks>
internal sealed record ContractIncome(ContractPlacement Placement, decimal Gross, decimal Deductions) : ICaseFact, IFactView
{
    public ContractPlacement Placement { get; } = Placement;

    public decimal Gross { get; } = Gross;

    public decimal Deductions { get; } = Deductions;

    public TechnologyContract Contract => Placement.Contract;

    public Achievement Achievement => Placement.Achievement;

    public Unit Unit => Placement.Unit;

    public string ContractId => Placement.Contract.Id;

    public string Id => IdPrefix + ContractId;

    /// <summary>What an income's id starts with, before its contract's id: <c>income:C-1</c>.</summary>
    internal const string IdPrefix = "income:";

    public decimal Net => Math.Max(0m, Gross - Deductions);

    public IEnumerable<ICaseFact> Members => [Placement.Contract, Placement.Achievement, Placement.Unit, this];
}
