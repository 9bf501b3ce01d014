namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>basis.equity-conversion-amount</c>: the equity conversion amount (股权折算金额) of an investment of the achievement.</summary>
/// <param name="ContractId">The investment contract.</param>
public sealed record EquityConversionAmountOf(string ContractId) : IReason, IComputedOnContract;
