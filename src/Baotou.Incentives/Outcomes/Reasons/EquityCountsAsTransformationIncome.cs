namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The equity an investment forms counts as 成果转化收益, so （五）'s
/// share reaches it; a pack that reads 成果转化收益 as money only (<see cref="Policy.TransferOfficeEquityReading.MoneyOnly"/>) says no.
/// </summary>
/// <param name="ContractId">The contract of the investment.</param>
/// <param name="Reading">The pack's reading.</param>
[ReasonCode("condition.equity-counts-as-transformation-income")]
public sealed record EquityCountsAsTransformationIncome(string ContractId, Policy.TransferOfficeEquityReading Reading) : IReason;
