using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Distribution;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条第二款 for an equity investment: a state-established unit's own rule must give at least the first paragraph's share
/// of the equity the investment forms; the team is owed that share, and the finding names any shortfall, or says the rule
/// cannot be checked when the unit's rates are not given.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Law2015Article45Paragraph2)]
[RuleSet(RuleSets.NationalLaw2015)]
internal sealed class OwnRuleEquityFloor : Rule
{
    internal const string Id = "law2015-45-p2-equity";

    public override void Define()
    {
        ContractPlacement placed = default!;
        EquityConversion conversion = default!;
        IEnumerable<OwnRewardRates> rates = default!;
        PolicyPack pack = default!;
        ParameterReading floor = default!;

        When()
            .Match(() => placed, x => x.Contract.Mode == TransformationMode.EquityInvestment, x => x.Unit.OwnRewardTermsGovern, x => Scope.IsStateEstablishedInstitution(x.Unit) == true)
            .Match(() => conversion, q => q.ContractId == placed.Contract.Id)
            .Query(() => rates, q => q.Match<OwnRewardRates>(r => r.UnitId == placed.Unit.Id).Collect())
            .Match(() => pack, p => p.Applies(RuleSets.NationalLaw2015, NationalLaw2015Article45.EquityShare), p => p.IsInForceOn(placed.Contract.SignedOn))
            .Let(() => floor, () => pack.Read(NationalLaw2015Article45.EquityShare, placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Grant(placed.Contract, placed.Unit, conversion, pack, floor)))
            .Do(ctx => ctx.Insert(OwnRuleFloor.Decide(Id, pack, placed.Contract.Id, placed.Unit.Id, rates.FirstOrDefault(), StatutoryBasis.EquityFormed, conversion.ConvertedAmount,
                r => r.EquityShare, floor)));
    }

    private static Entitlement Grant(TechnologyContract contract, Unit unit, EquityConversion conversion, PolicyPack pack, ParameterReading floor) =>
        Outcome.Entitlement(Id, Clauses.Law2015Article45Paragraph2, pack, Beneficiary.CompletingTeam, EntitlementKind.EquityShare, Modality.OwedMinimum,
            contract.Id, IncomeKeys.EquityFormed(contract.Id), new EquityFormedUnder(contract.Id, conversion.EquityShareFormed), conversion.ConvertedAmount, floor,
            grounds: [new OwnRuleMustMeetFloor(unit.Id)], minimumEquityShare: conversion.EquityShareFormed * floor.Value);
}
