namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// Names of the incomes entitlements share. Two entitlements of one beneficiary with the same key are shares of the same
/// money: 从高从新不重复 keeps one.
/// </summary>
internal static class IncomeKeys
{
    internal static string NetIncome(string contractId) => "net-income:" + contractId;

    internal static string EquityFormed(string contractId) => "equity:" + contractId;

    internal static string OperatingProfit(string selfImplementationId, int fiscalYear) =>
        $"operating-profit:{selfImplementationId}:{fiscalYear}";

    internal static string Surplus(string surplusId) => "surplus:" + surplusId;
}
