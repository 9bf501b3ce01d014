using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The transformation came before the approval, and must be made again after it.</summary>
/// <param name="ContractId">The contract of the transformation.</param>
/// <param name="Mode">Transfer, licence or equity investment.</param>
/// <param name="SignedOn">When the contract was signed.</param>
/// <param name="ApprovalId">The approval that came too late.</param>
/// <param name="ApprovedOn">When it was approved.</param>
[ReasonCode("condition.approval-after-transformation")]
public sealed record ApprovalAfterTransformation(string ContractId, TransformationMode Mode, NodaTime.LocalDate SignedOn, string ApprovalId, NodaTime.LocalDate ApprovedOn) : IReason;
