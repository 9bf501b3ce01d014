namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>basis.money-received</c>: the money received under a registered technology contract by the evaluation date (技术合同到账金额).</summary>
/// <param name="ContractId">The technology contract.</param>
public sealed record MoneyReceivedUnder(string ContractId) : IReason, IComputedOnContract;
