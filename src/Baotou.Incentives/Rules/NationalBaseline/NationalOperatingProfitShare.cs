using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Distribution;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条（三）: with no unit rule or agreement, the team receives at least a share of each year's operating profit for
/// the profit years owed in any case (the first three of 连续三至五年). A loss year shares nothing.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Item3)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class NationalOperatingProfitShare : Rule
{
    internal const string Id = "law2015-45-3-operating-profit";

    public override void Define()
    {
        ProfitPlacement placed = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;
        ParameterReading years = default!;

        When()
            .Match(() => placed, x => !x.Unit.OwnRewardTermsGovern)
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015, NationalLaw2015Article45.OperatingProfitShare), p => p.IsInForceOn(placed.Implementation.ProductionSucceededOn))
            .Let(() => years, () => pack.Read(NationalLaw2015Article45.OperatingProfitMinimumYears, placed.Implementation.ProductionSucceededOn))
            .Let(() => share, () => pack.Read(NationalLaw2015Article45.OperatingProfitShare, placed.Implementation.ProductionSucceededOn))
            .Having(() => ProfitYearWindow.After(placed.Implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years).Contains(placed.Profit.FiscalYear));

        Then()
            .Do(ctx => ctx.Insert(TeamShares.OfOperatingProfit(Id, Clauses.Law2015Article45Item3, pack, placed.Implementation, placed.Profit, share, years, yearsOwedIsAGround: true)));
    }
}
