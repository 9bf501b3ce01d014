using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// The completing team's owed minimum share of one income, as （八） and 《促进科技成果转化法》第四十五条 both grant it: the two
/// differ in the rule, clause and rate that grant it, never in what the share is of, so an overlap between them is one income.
/// </summary>
internal static class TeamShares
{
    /// <summary>A share of a transfer's or licence's net income, and what else it rests on (<paramref name="grounds"/>).</summary>
    internal static Entitlement OfNetIncome(
        string ruleId, string clause, PolicyPack pack, ContractIncome income, ParameterReading share, params IReason[] grounds) =>
        Outcome.Entitlement(ruleId, clause, pack, Beneficiary.CompletingTeam, EntitlementKind.Reward, Modality.OwedMinimum,
            income.Contract.Id, IncomeKeys.NetIncome(income.Contract.Id), new NetIncomeOf(income.Contract.Id, income.Contract.Mode), income.Net, share,
            grounds);

    /// <summary>A share of the equity an investment formed, and what else it rests on (<paramref name="grounds"/>).</summary>
    internal static Entitlement OfEquityFormed(
        string ruleId, string clause, PolicyPack pack, TechnologyContract contract, EquityConversion conversion, ParameterReading share,
        params IReason[] grounds) =>
        Outcome.Entitlement(ruleId, clause, pack, Beneficiary.CompletingTeam, EntitlementKind.EquityShare, Modality.OwedMinimum,
            contract.Id, IncomeKeys.EquityFormed(contract.Id), new EquityFormedUnder(contract.Id, conversion.EquityShareFormed),
            conversion.ConvertedAmount, share, grounds, minimumEquityShare: conversion.EquityShareFormed * share.Value);

    /// <summary>
    /// A share of one profit year's operating profit; a loss year shares nothing. <paramref name="yearsOwedIsAGround"/> where the
    /// number of years is the rule's own reading (the law's 连续三至五年, owed for the first three), not a fixed term.
    /// </summary>
    internal static Entitlement OfOperatingProfit(
        string ruleId, string clause, PolicyPack pack, SelfImplementation implementation, OperatingProfit profit, ParameterReading share, ParameterReading years, bool yearsOwedIsAGround)
    {
        var window = ProfitYearWindow.After(implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years);
        // Under YearsFromProductionDate a year at either end of the span counts only its days inside it, and says so.
        var profitable = window.ProfitInWindow(Math.Max(0m, profit.Amount), profit.FiscalYear);
        return Outcome.Entitlement(ruleId, clause, pack, Beneficiary.CompletingTeam, EntitlementKind.Reward, Modality.OwedMinimum,
            profit.Id, IncomeKeys.OperatingProfit(implementation.Id, profit.FiscalYear),
            new OperatingProfitOf(implementation.Id, profit.FiscalYear, window.Ordinal(profit.FiscalYear), window.FirstYear, window.LastYear),
            profitable, share,
            grounds: yearsOwedIsAGround ? [new ProfitYearsOwed(years.Value), .. window.GroundsOf(profit)] : window.GroundsOf(profit),
            periodStart: FiscalYear.FirstDay(profit.FiscalYear), periodEnd: FiscalYear.LastDay(profit.FiscalYear));
    }
}
