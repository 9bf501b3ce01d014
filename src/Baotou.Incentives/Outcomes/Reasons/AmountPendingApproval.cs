namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// An amount computed on a transformation that （十二）finds made without the secrecy
/// approval it needed (涉及国家秘密的职务科技成果的赋权和转化…依法依规进行审批): it stands only once the act does, and no sum of what
/// is owed includes it. The finding's subject is the amount (the entitlement's id), which carries the finding's id in
/// <see cref="Entitlement.QualifiedBy"/>; the finding that blocks is <c>149-12-transformation-blocked</c>'s on the same contract.
/// </summary>
/// <param name="Amount">Its minimum, in yuan.</param>
/// <param name="ContractId">The contract of the transformation it is computed on.</param>
[ReasonCode("condition.amount-pending-approval")]
public sealed record AmountPendingApproval(decimal Amount, string ContractId) : IReason;
