using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （十二）: empowering researchers over, and transforming, an achievement that involves state secrets must follow the secrecy
/// rules and be approved (严格执行科学技术保密制度，依法依规进行审批). The obligation is fulfilled once an approval is recorded.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure12)]
internal sealed class StateSecretApprovalRequired : Rule
{
    internal const string Id = "149-12-secrecy-approval";

    public override void Define()
    {
        StateSecretDesignation designation = default!;
        Achievement achievement = default!;
        IEnumerable<SecrecyApproval> approvals = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => designation)
            .Match(() => achievement, a => a.Id == designation.AchievementId)
            .Query(() => approvals, q => q.Match<SecrecyApproval>(a => a.AchievementId == designation.AchievementId).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149));

        Then()
            .Do(ctx => ctx.Insert(Require(achievement, pack, approvals)))
            .Do(ctx => ctx.Insert(Decide(achievement, pack, approvals)));
    }

    private static Obligation Require(Achievement achievement, PolicyPack pack, IEnumerable<SecrecyApproval> approvals) =>
        Outcome.Obligation(Id, Clauses.Measure12, pack, "secrecy-approval", achievement.Id, new ObtainSecrecyApproval(achievement.Id, achievement.Title),
            approvals.Any() ? ObligationState.Fulfilled : ObligationState.Outstanding);

    private static Determination Decide(Achievement achievement, PolicyPack pack, IEnumerable<SecrecyApproval> approvals)
    {
        var first = Block.Earliest(approvals);
        return Outcome.Determination(Id, Clauses.Measure12, pack, "state-secrets", achievement.Id, DeterminationStatus.ApprovalRequired, Modality.Required,
            new Condition("approval-recorded", first is not null, first is null
                ? new NoSecrecyApproval(achievement.Id, achievement.Title)
                : new SecrecyApproved(first.Id, first.ApprovedOn, first.Authority)));
    }
}
