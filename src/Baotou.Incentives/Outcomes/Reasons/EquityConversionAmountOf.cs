namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The equity conversion amount (股权折算金额) of an investment of the achievement.</summary>
/// <param name="ContractId">The investment contract.</param>
[ReasonCode("basis.equity-conversion-amount")]
public sealed record EquityConversionAmountOf(string ContractId) : IReason, IComputedOnContract;
