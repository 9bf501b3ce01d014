using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（七）names projects 在包落地: a university's or institute's transformation that does not land in Baotou is not eligible.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class MajorProjectNotInBaotou : Rule
{
    internal const string Id = "149-7-not-landing-in-baotou";

    public override void Define()
    {
        ContractPlacement placed = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => placed, x => !x.Contract.LandsInBaotou, x => Scope.IsUniversityOrResearchInstitute(x.Unit))
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(placed.Contract, pack)));
    }

    private static Determination Decide(TechnologyContract contract, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure7, pack, "major-project", contract.Id, DeterminationStatus.NotEligible, Modality.RecommendedToSeek,
            new Condition("lands-in-baotou", false, new LandsInBaotou(contract.Id, contract.RegistrationNumber)));
}
