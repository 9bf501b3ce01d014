using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Coverage;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（九） names 高校、科研院所接受企业、其他社会组织委托的横向科研项目经费: another unit's surplus is outside it, and the decision says so.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure9)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class SurplusOutsideUnitScope : Rule
{
    internal const string Id = "149-9-unit-not-covered";

    public override void Define()
    {
        CommissionedResearchSurplus surplus = default!;
        Unit unit = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => surplus)
            .Match(() => unit, u => u.Id == surplus.UnitId, u => !Scope.IsUniversityOrResearchInstitute(u))
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(surplus.DecidedOn));

        Then()
            .Do(ctx => ctx.Insert(NotCoveredFinding.UnitKind(Id, Clauses.Measure9, pack, "commissioned-surplus", surplus.Id, unit, UnitsNamed.UniversitiesAndResearchInstitutes)));
    }
}
