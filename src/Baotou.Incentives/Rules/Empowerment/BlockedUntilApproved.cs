using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// What the rules that block an act on an achievement involving state secrets share (an ownership arrangement made, a use
/// right starting, a contract signed): the act is blocked unless an approval of its achievement was recorded on or before the
/// day of the act, since the approval must come first (依法依规进行审批), and the finding names any approval recorded later.
/// They differ only in the act and the finding, so each names its own rule in the trace.
/// </summary>
/// <typeparam name="TAct">The fact of the act.</typeparam>
internal abstract class BlockedUntilApproved<TAct>(Func<TAct, string> achievementOf, Func<TAct, LocalDate> dayOf) : Rule
    where TAct : class
{
    public override void Define()
    {
        TAct act = default!;
        StateSecretDesignation designation = default!;
        IEnumerable<SecrecyApproval> later = default!;
        PolicyPack pack = default!;
        // Captured as locals, so that the rule's definition (and the rule-set fingerprint read from it) names them rather
        // than this rule object.
        var achievement = achievementOf;
        var day = dayOf;
        Func<TAct, PolicyPack, IEnumerable<SecrecyApproval>, Determination> decide = Decide;

        When()
            .Match(() => act)
            .Match(() => designation, d => d.AchievementId == achievement(act))
            .Not<SecrecyApproval>(a => a.AchievementId == achievement(act), a => a.ApprovedOn <= day(act))
            .Query(() => later, q => q.Match<SecrecyApproval>(a => a.AchievementId == achievement(act), a => a.ApprovedOn > day(act)).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(day(act)));

        Then()
            .Do(ctx => ctx.Insert(decide(act, pack, later)));
    }

    /// <summary>The finding that blocks the act, naming the approvals of its achievement recorded after it.</summary>
    private protected abstract Determination Decide(TAct act, PolicyPack pack, IEnumerable<SecrecyApproval> later);
}
