using System.Linq.Expressions;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （八）'s national-award sentence names 高校、科研院所 and 转让: a licence or an equity investment of a national-award
/// achievement, or a transfer by another kind of unit, is outside it; the decision names which condition fails.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class NationalAwardOutsideScope : OneFactUnder149<ContractPlacement>
{
    internal const string Id = "149-8-national-award-not-covered";

    private protected override Expression<Func<ContractPlacement, bool>>[] Conditions =>
    [
        x => x.Achievement.HasNationalScienceAward,
        x => x.Contract.Mode != TransformationMode.Transfer || !Scope.IsUniversityOrResearchInstitute(x.Unit),
    ];

    private protected override LocalDate DatedOn(ContractPlacement placed) => placed.Contract.SignedOn;

    private protected override Determination Decide(ContractPlacement placed, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure8, pack, "national-award", placed.Contract.Id, DeterminationStatus.NotCovered, Modality.Provided,
            new Condition("mode-is-transfer", placed.Contract.Mode == TransformationMode.Transfer, new NationalAwardTransferOnly(placed.Contract.Id, placed.Contract.Mode)),
            new Condition("unit-kind-in-scope", Scope.IsUniversityOrResearchInstitute(placed.Unit),
                new UnitKindInScope(placed.Unit.Name, placed.Unit.Kind, UnitsNamed.UniversitiesAndResearchInstitutes)));
}
