using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Distribution;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条（三）shares 每年营业利润: a fiscal year that had not ended by the evaluation date is listed and not counted (not yet
/// known), as under （八）; whether the unit's own rule governs or the first paragraph's defaults do, no share of it is computed.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Item3)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class ProfitYearNotEndedUnderTheLaw : Rule
{
    internal const string Id = "law2015-45-3-profit-year-not-ended";

    public override void Define()
    {
        ProfitYearNotEnded row = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => row)
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015), p => p.IsInForceOn(row.Implementation.ProductionSucceededOn));

        Then()
            .Do(ctx => ctx.Insert(ProfitYearNotEndedFinding.Decide(Id, Clauses.Law2015Article45Item3, pack, row)));
    }
}
