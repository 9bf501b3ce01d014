using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（八）: with no unit rule or agreement, the completing team receives at least a share of the equity an investment forms.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class EquityShareForCompletingTeam : Rule
{
    internal const string Id = "149-8-equity-share";

    public override void Define()
    {
        ContractPlacement placed = default!;
        EquityConversion conversion = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => placed, x => x.Contract.Mode == TransformationMode.EquityInvestment, x => Scope.IsCoveredByDistributionDefaults(x.Unit), x => !x.Unit.OwnRewardTermsGovern)
            .Match(() => conversion, q => q.ContractId == placed.Contract.Id)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.EquityShare), p => p.IsInForceOn(placed.Contract.SignedOn))
            .Let(() => share, () => pack.Read(Baotou149.EquityShare, placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(TeamShares.OfEquityFormed(Id, Clauses.Measure8, pack, placed.Contract, conversion, share)));
    }
}
