using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
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
internal sealed class TransformationBlockedUntilApproved() : BlockedUntilApproved<ContractPlacement>(x => x.Achievement.Id, x => x.Contract.SignedOn)
{
    internal const string Id = "149-12-transformation-blocked";

    private protected override Determination Decide(ContractPlacement placed, PolicyPack pack, IEnumerable<SecrecyApproval> later)
    {
        var contract = placed.Contract;
        var tooLate = Block.Earliest(later);
        return Block.Blocked(Id, contract.Id, pack, new Condition("approved-before-transformation", false, tooLate is null
            ? new NoApprovalBeforeTransformation(contract.Id, contract.Mode, contract.SignedOn)
            : new ApprovalAfterTransformation(contract.Id, contract.Mode, contract.SignedOn, tooLate.Id, tooLate.ApprovedOn)));
    }
}
