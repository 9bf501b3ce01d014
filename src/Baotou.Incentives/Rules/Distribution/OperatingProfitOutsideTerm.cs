using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（八）: a fiscal year outside the profit years after production (e.g. the 6th) shares nothing; the decision names the window.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
internal sealed class OperatingProfitOutsideTerm : Rule
{
    internal const string Id = "149-8-operating-profit-outside-term";

    public override void Define()
    {
        SelfImplementation implementation = default!;
        Achievement achievement = default!;
        Unit unit = default!;
        OperatingProfit profit = default!;
        PolicyPack pack = default!;
        ParameterReading years = default!;

        When()
            .Match(() => implementation)
            .Match(() => achievement, a => a.Id == implementation.AchievementId)
            .Match(() => unit, u => u.Id == achievement.UnitId, u => Scope.IsCoveredByDistributionDefaults(u), u => !u.OwnRewardTermsGovern)
            .Match(() => profit, p => p.SelfImplementationId == implementation.Id)
            .Match(() => pack, p => p.RuleSet == RuleSets.Baotou149, p => p.IsInForceOn(implementation.ProductionSucceededOn))
            .Let(() => years, () => pack.Read(Baotou149.OperatingProfitYears, implementation.ProductionSucceededOn))
            .Having(() => !ProfitYearWindow.After(implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years).Contains(profit.FiscalYear));

        Then()
            .Do(ctx => ctx.Insert(Decide(implementation, profit, pack, years)));
    }

    private static Determination Decide(SelfImplementation implementation, OperatingProfit profit, PolicyPack pack, ParameterReading years)
    {
        var window = ProfitYearWindow.After(implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years);
        return Outcome.Determination(Id, Clauses.Measure8, pack, "profit-year", profit.Id, DeterminationStatus.NotEligible,
            new Condition("fiscal-year-within-profit-years", false,
                $"fiscal year {profit.FiscalYear} is profit year {window.Ordinal(profit.FiscalYear)}; only years {window} after production on {implementation.ProductionSucceededOn:yyyy-MM-dd} are shared"));
    }
}
