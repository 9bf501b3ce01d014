using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（八）: a fiscal year outside the profit years after production (e.g. the 6th) shares nothing; the decision names the window.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class OperatingProfitOutsideTerm : Rule
{
    internal const string Id = "149-8-operating-profit-outside-term";

    public override void Define()
    {
        ProfitPlacement placed = default!;
        PolicyPack pack = default!;
        ParameterReading years = default!;

        When()
            .Match(() => placed, x => Scope.IsCoveredByDistributionDefaults(x.Unit), x => !x.Unit.OwnRewardTermsGovern)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(placed.Implementation.ProductionSucceededOn))
            .Let(() => years, () => pack.Read(Baotou149.OperatingProfitYears, placed.Implementation.ProductionSucceededOn))
            .Having(() => !ProfitYearWindow.After(placed.Implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years).Contains(placed.Profit.FiscalYear));

        Then()
            .Do(ctx => ctx.Insert(Decide(placed.Implementation, placed.Profit, pack, years)));
    }

    private static Determination Decide(SelfImplementation implementation, OperatingProfit profit, PolicyPack pack, ParameterReading years)
    {
        var window = ProfitYearWindow.After(implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years);
        return Outcome.Determination(Id, Clauses.Measure8, pack, "profit-year", profit.Id, DeterminationStatus.NotEligible, Modality.OwedMinimum,
            new Condition("fiscal-year-within-profit-years", false, new ProfitYearWithinTerm(
                profit.FiscalYear, window.Ordinal(profit.FiscalYear), window.FirstYear, window.LastYear, implementation.ProductionSucceededOn)));
    }
}
