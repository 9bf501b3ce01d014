namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The money received under a registered technology contract by the evaluation date (技术合同到账金额).</summary>
/// <param name="ContractId">The technology contract.</param>
[ReasonCode("basis.money-received")]
public sealed record MoneyReceivedUnder(string ContractId) : IReason, IComputedOnContract;
