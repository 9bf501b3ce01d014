using System.Linq.Expressions;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Coverage;
using Baotou.Incentives.Rules.Views;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>（三）'s 由高校、科研院所自主管理，不审批、不备案 names universities and research institutes: another unit's equity is outside it, and the decision says so.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure3)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class EquityManagementOutsideUnitScope : OneFactUnder149<ContractPlacement>
{
    internal const string Id = "149-3-equity-not-covered";

    private protected override Expression<Func<ContractPlacement, bool>>[] Conditions =>
        [x => x.Contract.Mode == TransformationMode.EquityInvestment, x => !Scope.IsUniversityOrResearchInstitute(x.Unit)];

    private protected override LocalDate DatedOn(ContractPlacement placed) => placed.Contract.SignedOn;

    private protected override Determination Decide(ContractPlacement placed, PolicyPack pack) =>
        NotCoveredFinding.UnitKind(
            Id, Clauses.Measure3, pack, "state-asset-management", placed.Contract.Id, placed.Unit, UnitsNamed.UniversitiesAndResearchInstitutes);
}
