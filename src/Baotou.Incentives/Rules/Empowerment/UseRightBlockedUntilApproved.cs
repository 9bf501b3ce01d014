using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>（十二） over （二）: a long-term use right over a classified achievement is blocked unless approved on or before its start.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure12)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class UseRightBlockedUntilApproved() : BlockedUntilApproved<UseRightGrant>(g => g.AchievementId, g => g.StartsOn)
{
    internal const string Id = "149-12-use-right-blocked";

    private protected override Determination Decide(UseRightGrant grant, PolicyPack pack, IEnumerable<SecrecyApproval> later) =>
        Block.Decide(Id, grant.Id, nameof(UseRightGrant), grant.StartsOn, pack, later);
}
