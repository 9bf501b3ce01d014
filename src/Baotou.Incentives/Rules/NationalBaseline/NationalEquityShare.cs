using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Distribution;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>第四十五条（二）: with no unit rule or agreement, the team receives at least a share of the equity an investment forms.</summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Item2)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class NationalEquityShare : Rule
{
    internal const string Id = "law2015-45-2-equity";

    public override void Define()
    {
        ContractPlacement placed = default!;
        EquityConversion conversion = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => placed, x => x.Contract.Mode == TransformationMode.EquityInvestment, x => !x.Unit.OwnRewardTermsGovern)
            .Match(() => conversion, q => q.ContractId == placed.Contract.Id)
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015, NationalLaw2015Article45.EquityShare), p => p.IsInForceOn(placed.Contract.SignedOn))
            .Let(() => share, () => pack.Read(NationalLaw2015Article45.EquityShare, placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(TeamShares.OfEquityFormed(Id, Clauses.Law2015Article45Item2, pack, placed.Contract, conversion, share)));
    }
}
