using Baotou.Incentives.Facts;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>（三）: 职务科技成果转化所获得的收益，全部留归本单位，不上缴 — the unit keeps the whole income of each transformation.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure3)]
internal sealed class IncomeRetainedByUnit : Rule
{
    internal const string Id = "149-3-income-retained";

    public override void Define()
    {
        ContractPlacement placed = default!;
        PolicyPack pack = default!;
        ParameterReading retained = default!;

        When()
            .Match(() => placed)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(placed.Contract.SignedOn))
            .Let(() => retained, () => pack.Read(Baotou149.IncomeRetainedShare, placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(placed.Contract, placed.Unit, pack, retained)));
    }

    private static Determination Decide(TechnologyContract contract, Unit unit, PolicyPack pack, ParameterReading retained) =>
        Outcome.Determination(Id, Clauses.Measure3, pack, "income-retained", contract.Id, DeterminationStatus.Permitted,
            new Condition("retained-by-unit", true,
                $"{Rate.Format(retained.Value)} of the income of contract {contract.Id} stays with {unit.Name}, not turned over (留归本单位，不上缴)"));
}
