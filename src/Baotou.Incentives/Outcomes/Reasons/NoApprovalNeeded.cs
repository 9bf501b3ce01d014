namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The disposal of equity formed by investment needs no approval (不审批).</summary>
/// <param name="ContractId">The investment contract.</param>
/// <param name="UnitName">The unit's name.</param>
[ReasonCode("condition.no-approval")]
public sealed record NoApprovalNeeded(string ContractId, string UnitName) : IReason;
