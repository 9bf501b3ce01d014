using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Coverage;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（七） names 高校、科研院所: a transformation by any other unit is outside it, and the decision says so.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class MajorProjectOutsideUnitScope : Rule
{
    internal const string Id = "149-7-unit-not-covered";

    public override void Define()
    {
        ContractPlacement placed = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => placed, x => !Scope.IsUniversityOrResearchInstitute(x.Unit))
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(NotCoveredFinding.UnitKind(Id, Clauses.Measure7, pack, "major-project", placed.Contract.Id, placed.Unit, UnitsNamed.UniversitiesAndResearchInstitutes)));
    }
}
