using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（八）: with no unit rule or agreement, the completing team receives at least a share of a transfer's or licence's net income.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class TransferLicenceNetIncomeShare : Rule
{
    internal const string Id = "149-8-transfer-licence-net-income";

    public override void Define()
    {
        ContractIncome income = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => income, i => Scope.BringsMoney(i.Contract), i => Scope.IsCoveredByDistributionDefaults(i.Unit), i => !i.Unit.OwnRewardTermsGovern)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.TransferLicenceNetIncomeShare), p => p.IsInForceOn(income.Contract.SignedOn))
            .Let(() => share, () => pack.Read(Baotou149.TransferLicenceNetIncomeShare, income.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(TeamShares.OfNetIncome(Id, Clauses.Measure8, pack, income, share)));
    }
}
