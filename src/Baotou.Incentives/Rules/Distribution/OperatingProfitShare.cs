using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （八）: with no unit rule or agreement, the completing team receives at least a share of each profit year's operating
/// profit after production succeeded. A loss year shares nothing (a reward is never negative).
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class OperatingProfitShare : Rule
{
    internal const string Id = "149-8-operating-profit";

    public override void Define()
    {
        ProfitPlacement placed = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;
        ParameterReading years = default!;

        When()
            .Match(() => placed, x => Scope.IsCoveredByDistributionDefaults(x.Unit), x => !x.Unit.OwnRewardTermsGovern)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.OperatingProfitShare), p => p.IsInForceOn(placed.Implementation.ProductionSucceededOn))
            .Let(() => years, () => pack.Read(Baotou149.OperatingProfitYears, placed.Implementation.ProductionSucceededOn))
            .Let(() => share, () => pack.Read(Baotou149.OperatingProfitShare, placed.Implementation.ProductionSucceededOn))
            .Having(() => ProfitYearWindow.After(placed.Implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years).Contains(placed.Profit.FiscalYear));

        Then()
            .Do(ctx => ctx.Insert(Grant(placed.Implementation, placed.Profit, pack, share, years)));
    }

    private static Entitlement Grant(SelfImplementation implementation, OperatingProfit profit, PolicyPack pack, ParameterReading share, ParameterReading years)
    {
        var window = ProfitYearWindow.After(implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years);
        // Under YearsFromProductionDate a year at either end of the span counts only its days inside it, and says so.
        var profitable = window.ProfitInWindow(Math.Max(0m, profit.Amount), profit.FiscalYear);
        return Outcome.Entitlement(Id, Clauses.Measure8, pack, Beneficiary.CompletingTeam, EntitlementKind.MinimumReward, Modality.OwedMinimum,
            profit.Id, IncomeKeys.OperatingProfit(implementation.Id, profit.FiscalYear),
            new OperatingProfitOf(implementation.Id, profit.FiscalYear, window.Ordinal(profit.FiscalYear), window.FirstYear, window.LastYear),
            profitable, share,
            grounds: window.GroundsOf(profit),
            periodStart: FiscalYear.FirstDay(profit.FiscalYear), periodEnd: FiscalYear.LastDay(profit.FiscalYear));
    }

}
