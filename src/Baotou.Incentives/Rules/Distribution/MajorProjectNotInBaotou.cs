using System.Linq.Expressions;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（七）names projects 在包落地: a university's or institute's transformation that does not land in Baotou is not eligible.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class MajorProjectNotInBaotou : OneFactUnder149<ContractPlacement>
{
    internal const string Id = "149-7-not-landing-in-baotou";

    private protected override Expression<Func<ContractPlacement, bool>>[] Conditions =>
        [x => !x.Contract.LandsInBaotou, x => Scope.IsUniversityOrResearchInstitute(x.Unit)];

    private protected override LocalDate DatedOn(ContractPlacement placed) => placed.Contract.SignedOn;

    private protected override Determination Decide(ContractPlacement placed, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure7, pack, "major-project", placed.Contract.Id, DeterminationStatus.NotEligible, Modality.RecommendedToSeek,
            new Condition("lands-in-baotou", false, new LandsInBaotou(placed.Contract.Id, placed.Contract.RegistrationNumber)));
}
