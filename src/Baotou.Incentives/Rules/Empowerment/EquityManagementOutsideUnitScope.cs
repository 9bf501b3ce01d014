using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Coverage;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>（三）'s 由高校、科研院所自主管理，不审批、不备案 names universities and research institutes: another unit's equity is outside it, and the decision says so.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure3)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class EquityManagementOutsideUnitScope : Rule
{
    internal const string Id = "149-3-equity-not-covered";

    public override void Define()
    {
        ContractPlacement placed = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => placed, x => x.Contract.Mode == TransformationMode.EquityInvestment, x => !Scope.IsUniversityOrResearchInstitute(x.Unit))
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(NotCoveredFinding.UnitKind(Id, Clauses.Measure3, pack, "state-asset-management", placed.Contract.Id, placed.Unit, UnitsNamed.UniversitiesAndResearchInstitutes)));
    }
}
