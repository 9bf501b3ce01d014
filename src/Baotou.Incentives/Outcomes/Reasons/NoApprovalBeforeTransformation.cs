using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>A transformation (转化) of an achievement involving state secrets needs approval first, and none is recorded.</summary>
/// <param name="ContractId">The contract of the transformation.</param>
/// <param name="Mode">Transfer, licence or equity investment.</param>
/// <param name="SignedOn">When the contract was signed.</param>
[ReasonCode("condition.no-approval-before-transformation")]
public sealed record NoApprovalBeforeTransformation(string ContractId, TransformationMode Mode, NodaTime.LocalDate SignedOn) : IReason;
