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
            .Do(ctx => ctx.Insert(TeamShares.OfOperatingProfit(Id, Clauses.Measure8, pack, placed.Implementation, placed.Profit, share, years, yearsOwedIsAGround: false)));
    }
}
