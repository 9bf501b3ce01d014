using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.no-approval-before-transformation</c>: a transformation (转化) of an achievement involving state secrets needs approval first, and none is recorded.</summary>
/// <param name="ContractId">The contract of the transformation.</param>
/// <param name="Mode">Transfer, licence or equity investment.</param>
/// <param name="SignedOn">When the contract was signed.</param>
public sealed record NoApprovalBeforeTransformation(string ContractId, TransformationMode Mode, NodaTime.LocalDate SignedOn) : IReason;
