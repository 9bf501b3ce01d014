using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Distribution;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条第二款 for self-implementation: a state-established unit's own rule must give at least the first paragraph's share of
/// each year's operating profit for the profit years owed in any case (the first three of 连续三至五年); the team is owed it,
/// a loss year shares nothing, and the finding names any shortfall, or says the rule cannot be checked when the unit's rates
/// are not given.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Paragraph2)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class OwnRuleOperatingProfitFloor : Rule
{
    internal const string Id = "law2015-45-p2-operating-profit";

    public override void Define()
    {
        ProfitPlacement placed = default!;
        IEnumerable<OwnRewardRates> rates = default!;
        PolicyPack pack = default!;
        ParameterReading floor = default!;
        ParameterReading years = default!;

        When()
            .Match(() => placed, x => x.Unit.OwnRewardTermsGovern, x => Scope.IsStateEstablishedInstitution(x.Unit) == true)
            .Query(() => rates, q => q.Match<OwnRewardRates>(r => r.UnitId == placed.Unit.Id).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015, NationalLaw2015Article45.OperatingProfitShare), p => p.IsInForceOn(placed.Implementation.ProductionSucceededOn))
            .Let(() => years, () => pack.Read(NationalLaw2015Article45.OperatingProfitMinimumYears, placed.Implementation.ProductionSucceededOn))
            .Let(() => floor, () => pack.Read(NationalLaw2015Article45.OperatingProfitShare, placed.Implementation.ProductionSucceededOn))
            .Having(() => ProfitYearWindow.After(placed.Implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years).Contains(placed.Profit.FiscalYear));

        Then()
            .Do(ctx => ctx.Insert(Grant(placed.Implementation, placed.Profit, placed.Unit, pack, floor, years)))
            .Do(ctx => ctx.Insert(OwnRuleFloor.Decide(Id, pack, placed.Profit.Id, placed.Unit.Id, rates.FirstOrDefault(), StatutoryBasis.OperatingProfit,
                Math.Max(0m, placed.Profit.Amount), r => r.OperatingProfitShare, floor)));
    }

    private static Entitlement Grant(SelfImplementation implementation, OperatingProfit profit, Unit unit, PolicyPack pack, ParameterReading floor, ParameterReading years)
    {
        var window = ProfitYearWindow.After(implementation.ProductionSucceededOn, pack.Readings.ProfitYears, years);
        return Outcome.Entitlement(Id, Clauses.Law2015Article45Paragraph2, pack, Beneficiary.CompletingTeam, EntitlementKind.Reward, Modality.OwedMinimum,
            profit.Id, IncomeKeys.OperatingProfit(implementation.Id, profit.FiscalYear),
            new OperatingProfitOf(implementation.Id, profit.FiscalYear, window.Ordinal(profit.FiscalYear), window.FirstYear, window.LastYear),
            Math.Max(0m, profit.Amount), floor,
            grounds: [new OwnRuleMustMeetFloor(unit.Id), new ProfitYearsOwed(years.Value), .. window.GroundsOf(profit)],
            periodStart: FiscalYear.FirstDay(profit.FiscalYear), periodEnd: FiscalYear.LastDay(profit.FiscalYear));
    }
}
