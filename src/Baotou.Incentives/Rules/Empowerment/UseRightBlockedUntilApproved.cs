using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>（十二） over （二）: a long-term use right over a classified achievement is blocked unless approved on or before its start.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure12)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class UseRightBlockedUntilApproved : Rule
{
    internal const string Id = "149-12-use-right-blocked";

    public override void Define()
    {
        UseRightGrant grant = default!;
        StateSecretDesignation designation = default!;
        IEnumerable<SecrecyApproval> later = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => grant)
            .Match(() => designation, d => d.AchievementId == grant.AchievementId)
            .Not<SecrecyApproval>(a => a.AchievementId == grant.AchievementId, a => a.ApprovedOn <= grant.StartsOn)
            .Query(() => later, q => q.Match<SecrecyApproval>(a => a.AchievementId == grant.AchievementId, a => a.ApprovedOn > grant.StartsOn).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(grant.StartsOn));

        Then()
            .Do(ctx => ctx.Insert(Block.Decide(Id, grant.Id, nameof(UseRightGrant), grant.StartsOn, pack, later)));
    }
}
