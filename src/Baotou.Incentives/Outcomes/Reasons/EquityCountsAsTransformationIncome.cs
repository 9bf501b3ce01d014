namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// <c>condition.equity-counts-as-transformation-income</c>: the equity an investment forms counts as 成果转化收益, so （五）'s
/// share reaches it; a pack that reads 成果转化收益 as money only (<see cref="Policy.TransferOfficeEquityReading.MoneyOnly"/>) says no.
/// </summary>
/// <param name="ContractId">The contract of the investment.</param>
/// <param name="Reading">The pack's reading.</param>
public sealed record EquityCountsAsTransformationIncome(string ContractId, Policy.TransferOfficeEquityReading Reading) : IReason;
