using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（七）names projects 在包落地: a university's or institute's transformation that does not land in Baotou is not eligible.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
internal sealed class MajorProjectNotInBaotou : Rule
{
    internal const string Id = "149-7-not-landing-in-baotou";

    public override void Define()
    {
        TechnologyContract contract = default!;
        Achievement achievement = default!;
        Unit unit = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => contract, c => !c.LandsInBaotou)
            .Match(() => achievement, a => a.Id == contract.AchievementId)
            .Match(() => unit, u => u.Id == achievement.UnitId, u => Scope.IsUniversityOrResearchInstitute(u))
            .Match(() => pack, p => p.RuleSet == RuleSets.Baotou149, p => p.IsInForceOn(contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(contract, pack)));
    }

    private static Determination Decide(TechnologyContract contract, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure7, pack, "major-project", contract.Id, DeterminationStatus.NotEligible,
            new Condition("lands-in-baotou", false, $"contract {contract.Id} ({contract.RegistrationNumber}) does not land in Baotou"));
}
