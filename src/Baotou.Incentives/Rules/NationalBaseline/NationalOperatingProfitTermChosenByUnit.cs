using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Distribution;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条（三）: 连续三至五年 lets the unit choose a term from three to five years, so a profit year past the third and up
/// to the fifth is owed (应当…不低于, at the item's fixed rate) only if the unit chose a term that reaches it; the decision says
/// it depends on the term chosen and computes nothing for it. No one's discretion sets an amount here.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Item3)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class NationalOperatingProfitTermChosenByUnit : Rule
{
    internal const string Id = "law2015-45-3-term-chosen-by-unit";

    public override void Define()
    {
        ProfitPlacement placed = default!;
        PolicyPack pack = default!;
        ParameterReading owed = default!;
        ParameterReading longest = default!;

        When()
            .Match(() => placed, x => !x.Unit.OwnRewardTermsGovern)
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015), p => p.IsInForceOn(placed.Implementation.ProductionSucceededOn))
            .Let(() => owed, () => pack.Read(NationalLaw2015Article45.OperatingProfitMinimumYears, placed.Implementation.ProductionSucceededOn))
            .Let(() => longest, () => pack.Read(NationalLaw2015Article45.OperatingProfitMaximumYears, placed.Implementation.ProductionSucceededOn))
            .Having(() => !ProfitYearWindow.After(placed.Implementation.ProductionSucceededOn, pack.Readings.ProfitYears, owed).Contains(placed.Profit.FiscalYear)
                && ProfitYearWindow.After(placed.Implementation.ProductionSucceededOn, pack.Readings.ProfitYears, longest).Contains(placed.Profit.FiscalYear));

        Then()
            .Do(ctx => ctx.Insert(Decide(placed.Implementation, placed.Profit, pack, owed, longest)));
    }

    private static Determination Decide(
        SelfImplementation implementation, OperatingProfit profit, PolicyPack pack, ParameterReading owed, ParameterReading longest)
    {
        var owedWindow = ProfitYearWindow.After(implementation.ProductionSucceededOn, pack.Readings.ProfitYears, owed);
        var longestWindow = ProfitYearWindow.After(implementation.ProductionSucceededOn, pack.Readings.ProfitYears, longest);
        return Outcome.Determination(Id, Clauses.Law2015Article45Item3, pack, "profit-year", profit.Id, DeterminationStatus.DependsOnTermChosen, Modality.OwedMinimum,
            new Condition("fiscal-year-within-years-owed", false,
                new ProfitYearOwed(profit.FiscalYear, owedWindow.Ordinal(profit.FiscalYear), owedWindow.FirstYear, owedWindow.LastYear)),
            new Condition("fiscal-year-within-longest-term", true, new ProfitYearWithinLongestTerm(longestWindow.LastYear, longest.Value)));
    }
}
