using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （十二）: empowering researchers over, and transforming, an achievement that involves state secrets must follow the secrecy
/// rules and be approved (严格执行科学技术保密制度，依法依规进行审批). The obligation is fulfilled only by an approval made on or before
/// every act it concerns (each contract of the achievement signed, each use right granted, each ownership arrangement made): an
/// approval dated after an act does not make that act approved, so the duty then reads breached, beside the finding that blocks
/// the act. With no act yet, an approval recorded fulfils it and none leaves it outstanding.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure12)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class StateSecretApprovalRequired : Rule
{
    internal const string Id = "149-12-secrecy-approval";

    public override void Define()
    {
        StateSecretDesignation designation = default!;
        Achievement achievement = default!;
        IEnumerable<SecrecyApproval> approvals = default!;
        IEnumerable<Rules.Views.ContractPlacement> contracts = default!;
        IEnumerable<UseRightGrant> useRights = default!;
        IEnumerable<OwnershipArrangement> arrangements = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => designation)
            .Match(() => achievement, a => a.Id == designation.AchievementId)
            .Query(() => approvals, q => q.Match<SecrecyApproval>(a => a.AchievementId == designation.AchievementId).Collect())
            .Query(() => contracts, q => q.Match<Rules.Views.ContractPlacement>(c => c.Achievement.Id == designation.AchievementId).Collect())
            .Query(() => useRights, q => q.Match<UseRightGrant>(g => g.AchievementId == designation.AchievementId).Collect())
            .Query(() => arrangements, q => q.Match<OwnershipArrangement>(o => o.AchievementId == designation.AchievementId).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149));

        Then()
            .Do(ctx => ctx.Insert(Require(achievement, pack, approvals, ActsOn(contracts, useRights, arrangements))))
            .Do(ctx => ctx.Insert(Decide(achievement, pack, approvals)));
    }

    private static Obligation Require(Achievement achievement, PolicyPack pack, IEnumerable<SecrecyApproval> approvals, LocalDate? firstAct) =>
        Outcome.Obligation(Id, Clauses.Measure12, pack, "secrecy-approval", achievement.Id, new ObtainSecrecyApproval(achievement.Id, achievement.Title),
            StateOf(Block.Earliest(approvals)?.ApprovedOn, firstAct));

    /// <summary>Approved on or before the first act: fulfilled; an act before any approval: breached; no act yet: by whether one is recorded.</summary>
    private static ObligationState StateOf(LocalDate? firstApproval, LocalDate? firstAct) => (firstApproval, firstAct) switch
    {
        (null, null) => ObligationState.Outstanding,
        ({ } approved, { } act) when approved > act => ObligationState.Breached,
        (null, _) => ObligationState.Breached,
        _ => ObligationState.Fulfilled,
    };

    /// <summary>The date of the first act the approval must precede: a contract signed, a use right starting, an arrangement made.</summary>
    private static LocalDate? ActsOn(IEnumerable<Rules.Views.ContractPlacement> contracts, IEnumerable<UseRightGrant> useRights, IEnumerable<OwnershipArrangement> arrangements) =>
        contracts.Select(c => c.Contract.SignedOn).Concat(useRights.Select(g => g.StartsOn)).Concat(arrangements.Select(o => o.ArrangedOn))
            .Select(d => (LocalDate?)d).Min();

    private static Determination Decide(Achievement achievement, PolicyPack pack, IEnumerable<SecrecyApproval> approvals)
    {
        var first = Block.Earliest(approvals);
        return Outcome.Determination(Id, Clauses.Measure12, pack, "state-secrets", achievement.Id, DeterminationStatus.ApprovalRequired, Modality.Required,
            new Condition("approval-recorded", first is not null, first is null
                ? new NoSecrecyApproval(achievement.Id, achievement.Title)
                : new SecrecyApproved(first.Id, first.ApprovedOn, first.Authority)));
    }
}
