using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Distribution;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条第二款: 国家设立的研究开发机构、高等院校规定或者与科技人员约定奖励和报酬的方式和数额应当符合前款第一项至第三项规定的标准.
/// A state-established unit's own rule does not simply govern: the people who made and transformed the achievement are owed at
/// least the first paragraph's share of a transfer's or licence's net income, and the finding says whether the rule's own
/// rate meets it, naming the shortfall and the amount the floor takes. Whether the unit is state-established is the unit's own
/// fact (<see cref="Unit.StateEstablished"/>); when its rates are not given the floor is still owed and the finding says the
/// rule cannot be checked.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Paragraph2)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class OwnRuleNetIncomeFloor : Rule
{
    internal const string Id = "law2015-45-p2-net-income";

    public override void Define()
    {
        ContractIncome income = default!;
        IEnumerable<OwnRewardRates> rates = default!;
        PolicyPack pack = default!;
        ParameterReading floor = default!;

        When()
            .Match(() => income, i => Scope.BringsMoney(i.Contract), i => i.Unit.OwnRewardTermsGovern, i => Scope.IsStateEstablishedInstitution(i.Unit) == true)
            .Query(() => rates, q => q.Match<OwnRewardRates>(r => r.UnitId == income.Unit.Id).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015, NationalLaw2015Article45.TransferLicenceNetIncomeShare), p => p.IsInForceOn(income.Contract.SignedOn))
            .Let(() => floor, () => pack.Read(NationalLaw2015Article45.TransferLicenceNetIncomeShare, income.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Grant(income, pack, floor)))
            .Do(ctx => ctx.Insert(OwnRuleFloor.Decide(Id, pack, income.Contract.Id, income.Unit.Id, rates.FirstOrDefault(), StatutoryBasis.NetIncome, income.Net,
                r => r.TransferLicenceNetIncomeShare, floor)));
    }

    /// <summary>应当符合前款标准: the floor is owed whatever the rule's own rate.</summary>
    private static Entitlement Grant(ContractIncome income, PolicyPack pack, ParameterReading floor) =>
        Outcome.Entitlement(Id, Clauses.Law2015Article45Paragraph2, pack, Beneficiary.CompletingTeam, EntitlementKind.Reward, Modality.OwedMinimum,
            income.Contract.Id, IncomeKeys.NetIncome(income.Contract.Id), new NetIncomeOf(income.Contract.Id, income.Contract.Mode), income.Net, floor,
            grounds: [new OwnRuleMustMeetFloor(income.Unit.Id)]);
}
