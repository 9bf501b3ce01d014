using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （三）: 职务科技成果转化所获得的收益，全部留归本单位，不上缴 — the unit keeps the whole income of each transformation. Which units the
/// sentence reaches is the pack's reading (<see cref="PolicyReadings.IncomeRetention"/>): by default the units the measure makes
/// responsible (在包各高校、科研院所、国企、事业单位), since 不上缴 speaks of income a state-owned unit would otherwise turn over; a
/// private enterprise is then outside it, and the finding says so (status not covered, the unit's kind named). 全部留归本单位，
/// 不上缴 is a consequence the text states (modality Provided, 依文件规定), not an encouragement or a permission: the finding
/// says the measure applies.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure3)]
[RuleSet(RuleSets.Baotou149)]
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

    private static Determination Decide(TechnologyContract contract, Unit unit, PolicyPack pack, ParameterReading retained)
    {
        var wide = pack.Readings.IncomeRetention == IncomeRetentionScope.EveryOwningUnit;
        var reached = wide || unit.Kind != UnitKind.Other;
        return Outcome.Determination(Id, Clauses.Measure3, pack, "income-retained", contract.Id, DeterminationStatus.Applies, DeterminationStatus.NotCovered, Modality.Provided,
            new Condition("unit-kind-in-scope", reached, new UnitKindInScope(unit.Name, unit.Kind, wide ? UnitsNamed.OwningUnits : UnitsNamed.ResponsibleUnits)),
            new Condition("retained-by-unit", reached, new IncomeRetained(contract.Id, unit.Name, retained.Value)));
    }
}
