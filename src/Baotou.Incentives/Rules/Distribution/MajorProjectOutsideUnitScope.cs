using System.Linq.Expressions;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Coverage;
using Baotou.Incentives.Rules.Views;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（七） names 高校、科研院所: a transformation by any other unit is outside it, and the decision says so.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class MajorProjectOutsideUnitScope : OneFactUnder149<ContractPlacement>
{
    internal const string Id = "149-7-unit-not-covered";

    private protected override Expression<Func<ContractPlacement, bool>>[] Conditions => [x => !Scope.IsUniversityOrResearchInstitute(x.Unit)];

    private protected override LocalDate DatedOn(ContractPlacement placed) => placed.Contract.SignedOn;

    private protected override Determination Decide(ContractPlacement placed, PolicyPack pack) =>
        NotCoveredFinding.UnitKind(
            Id, Clauses.Measure7, pack, "major-project", placed.Contract.Id, placed.Unit, UnitsNamed.UniversitiesAndResearchInstitutes);
}
