using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （十二） over （一）: an ownership arrangement over an achievement that involves state secrets is blocked unless an approval
/// was recorded on or before the day it was made — the approval must come first (依法依规进行审批), so a later approval does
/// not mend an arrangement already made; it clears arrangements made from its date on.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure12)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class OwnershipBlockedUntilApproved : Rule
{
    internal const string Id = "149-12-ownership-blocked";

    public override void Define()
    {
        OwnershipArrangement arrangement = default!;
        StateSecretDesignation designation = default!;
        IEnumerable<SecrecyApproval> later = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => arrangement)
            .Match(() => designation, d => d.AchievementId == arrangement.AchievementId)
            .Not<SecrecyApproval>(a => a.AchievementId == arrangement.AchievementId, a => a.ApprovedOn <= arrangement.ArrangedOn)
            .Query(() => later, q => q.Match<SecrecyApproval>(a => a.AchievementId == arrangement.AchievementId, a => a.ApprovedOn > arrangement.ArrangedOn).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(arrangement.ArrangedOn));

        Then()
            .Do(ctx => ctx.Insert(Block.Decide(Id, arrangement.Id, nameof(OwnershipArrangement), arrangement.ArrangedOn, pack, later)));
    }
}
