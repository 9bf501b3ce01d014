using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （一）: a pilot unit (高校、科研院所) may make the completing team co-owner of a service achievement, or transfer its retained
/// share to the team, who then own it all and transform it themselves. Either needs a signed written agreement that makes
/// the transformation rights clear, and the owners' shares must add up to the whole. Each condition is named, met or failed.
/// The measure only encourages (鼓励高校、科研院所开展…试点) and forbids nothing: a unit that is not a university or research
/// institute is outside the pilot (不属于本条试点), and a pilot arrangement that misses a condition does not meet the measure's
/// conditions (不符合本条条件); neither is "not permitted".
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure1)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class OwnershipArrangementValidity : Rule
{
    internal const string Id = "149-1-ownership-arrangement";

    public override void Define()
    {
        OwnershipArrangement arrangement = default!;
        Achievement achievement = default!;
        Unit unit = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => arrangement)
            .Match(() => achievement, a => a.Id == arrangement.AchievementId)
            .Match(() => unit, u => u.Id == achievement.UnitId)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(arrangement.ArrangedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(arrangement, unit, pack)));
    }

    private static Determination Decide(OwnershipArrangement arrangement, Unit unit, PolicyPack pack)
    {
        Condition[] conditions =
        [
            new Condition("pilot-unit", unit.IsUniversityOrResearchInstitute, new PilotUnit(unit.Name, unit.Kind)),
            new Condition("signed-written-agreement", arrangement.HasSignedWrittenAgreement, new WrittenAgreementSigned()),
            new Condition("transformation-rights-defined", arrangement.AgreementDefinesTransformationRights, new TransformationRightsDefined()),
            new Condition("shares-add-up-to-whole", arrangement.UnitShare + arrangement.TeamShare == 1m,
                new SharesMakeWhole(arrangement.UnitShare, arrangement.TeamShare, arrangement.UnitShare + arrangement.TeamShare)),
            SharesFit(arrangement),
        ];
        var status = !unit.IsUniversityOrResearchInstitute ? DeterminationStatus.OutsidePilot
            : conditions.All(c => c.Met) ? DeterminationStatus.Permitted
            : DeterminationStatus.ConditionsNotMet;
        return Outcome.Determination(Id, Clauses.Measure1, pack, "ownership", arrangement.Id, status, Modality.Encouraged, conditions);
    }

    private static Condition SharesFit(OwnershipArrangement arrangement) => arrangement.Kind == OwnershipArrangementKind.CoOwnership
        ? new Condition("shares-fit-arrangement", arrangement.UnitShare > 0m && arrangement.TeamShare > 0m, new CoOwnersEachHoldShare(arrangement.UnitShare, arrangement.TeamShare))
        : new Condition("shares-fit-arrangement", arrangement.TeamShare == 1m, new TeamHoldsAll(arrangement.TeamShare));
}
