using System.Linq.Expressions;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （八）shares 每年营业利润: a year's profit is known once the year has ended. A fiscal year that had not ended by the evaluation
/// date is listed and not counted (not yet known), as money received after that date is; the finding names the year's last day
/// and the evaluation date.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class ProfitYearNotEndedUnder149 : OneFactUnder149<ProfitYearNotEnded>
{
    internal const string Id = "149-8-profit-year-not-ended";

    private protected override Expression<Func<ProfitYearNotEnded, bool>>[] Conditions =>
        [x => Scope.IsCoveredByDistributionDefaults(x.Unit), x => !x.Unit.OwnRewardTermsGovern];

    private protected override LocalDate DatedOn(ProfitYearNotEnded row) => row.Implementation.ProductionSucceededOn;

    private protected override Determination Decide(ProfitYearNotEnded row, PolicyPack pack) =>
        ProfitYearNotEndedFinding.Decide(Id, Clauses.Measure8, pack, row);
}
