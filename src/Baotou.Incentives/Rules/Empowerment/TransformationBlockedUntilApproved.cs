using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （十二）: 涉及国家秘密的职务科技成果的赋权和转化，要严格执行科学技术保密制度，依法依规进行审批. The approval is needed for the
/// transformation too (赋权和转化), not only for empowerment: a transfer, licence or equity investment of a classified
/// achievement is blocked unless an approval was recorded on or before the day the contract was signed. The money the
/// measures compute for the contract is still shown (what would be owed if the transformation stands), beside this
/// finding, so that it never reads as if nothing were wrong.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure12)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class TransformationBlockedUntilApproved : Rule
{
    internal const string Id = "149-12-transformation-blocked";

    public override void Define()
    {
        ContractPlacement placed = default!;
        StateSecretDesignation designation = default!;
        IEnumerable<SecrecyApproval> later = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => placed)
            .Match(() => designation, d => d.AchievementId == placed.Achievement.Id)
            .Not<SecrecyApproval>(a => a.AchievementId == placed.Achievement.Id, a => a.ApprovedOn <= placed.Contract.SignedOn)
            .Query(() => later, q => q.Match<SecrecyApproval>(a => a.AchievementId == placed.Achievement.Id, a => a.ApprovedOn > placed.Contract.SignedOn).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Block.DecideTransformation(Id, placed.Contract, pack, later)));
    }
}
