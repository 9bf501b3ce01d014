using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Distribution;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条（一）: with no unit rule or agreement, the people who made and transformed the achievement receive at least a
/// share of a transfer's or licence's net income. Any unit that completes a service achievement is covered, so the national
/// floor still applies where 149号·（八） does not reach (a public institution, say).
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Item1)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class NationalNetIncomeShare : Rule
{
    internal const string Id = "law2015-45-1-net-income";

    public override void Define()
    {
        ContractIncome income = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => income, i => Scope.BringsMoney(i.Contract), i => !i.Unit.OwnRewardTermsGovern)
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015, NationalLaw2015Article45.TransferLicenceNetIncomeShare), p => p.IsInForceOn(income.Contract.SignedOn))
            .Let(() => share, () => pack.Read(NationalLaw2015Article45.TransferLicenceNetIncomeShare, income.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(TeamShares.OfNetIncome(Id, Clauses.Law2015Article45Item1, pack, income, share)));
    }
}
