namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The equity an investment of the achievement forms, valued at its conversion amount, as
/// the transformation income (成果转化收益) of a transfer office that undertook it (149号·（五）, on the reading that equity counts).
/// </summary>
/// <param name="ContractId">The contract of the investment.</param>
/// <param name="OfficeName">The technology transfer office.</param>
[ReasonCode("basis.transfer-office-equity")]
public sealed record TransferOfficeEquityOf(string ContractId, string OfficeName) : IReason, IComputedOnContract;
