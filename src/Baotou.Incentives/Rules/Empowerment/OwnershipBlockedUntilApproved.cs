using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
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
internal sealed class OwnershipBlockedUntilApproved() : BlockedUntilApproved<OwnershipArrangement>(a => a.AchievementId, a => a.ArrangedOn)
{
    internal const string Id = "149-12-ownership-blocked";

    private protected override Determination Decide(OwnershipArrangement arrangement, PolicyPack pack, IEnumerable<SecrecyApproval> later) =>
        Block.Decide(Id, arrangement.Id, nameof(OwnershipArrangement), arrangement.ArrangedOn, pack, later);
}
