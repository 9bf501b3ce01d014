using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>
/// （五） for an equity investment (作价入股): 按成果转化收益给予不低于 5% 的奖励, where the investment's 收益 is the equity it forms. The
/// sentence names a reward (奖励), not equity owed (（八） says 股权 where it means it), so under the default reading
/// (<see cref="TransferOfficeEquityReading.RewardMeasuredOnEquity"/>) the transfer office staff are owed a reward of at least the
/// share of the equity's conversion amount, in yuan. Under <see cref="TransferOfficeEquityReading.EquityFormedCounts"/> (a switch)
/// they are owed at least that share of the equity itself; under <see cref="TransferOfficeEquityReading.MoneyOnly"/> nothing is
/// computed, and the finding names the reading.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure5)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class TransferOfficeEquityReward : Rule
{
    internal const string Id = "149-5-transfer-office-equity";

    public override void Define()
    {
        TransferOfficeEngagement engagement = default!;
        ContractPlacement placed = default!;
        EquityConversion conversion = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => engagement)
            .Match(() => placed, x => x.Contract.Id == engagement.ContractId, x => x.Contract.Mode == TransformationMode.EquityInvestment)
            .Match(() => conversion, q => q.ContractId == placed.Contract.Id)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.TransferOfficeRewardShare), p => p.IsInForceOn(placed.Contract.SignedOn))
            .Let(() => share, () => pack.Read(Baotou149.TransferOfficeRewardShare, placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.InsertAll(Grant(engagement, placed.Contract, conversion, pack, share)));
    }

    private static IOutcome[] Grant(TransferOfficeEngagement engagement, TechnologyContract contract, EquityConversion conversion, PolicyPack pack, ParameterReading share) =>
        pack.Readings.TransferOfficeEquity switch
        {
            TransferOfficeEquityReading.RewardMeasuredOnEquity =>
                [Outcome.Entitlement(Id, Clauses.Measure5, pack, Beneficiary.TransferOfficeStaff, EntitlementKind.Reward, Modality.OwedMinimum,
                    engagement.Id, $"transfer-office:{contract.Id}", new TransferOfficeEquityOf(contract.Id, engagement.OfficeName), conversion.ConvertedAmount, share)],
            TransferOfficeEquityReading.EquityFormedCounts =>
                [Outcome.Entitlement(Id, Clauses.Measure5, pack, Beneficiary.TransferOfficeStaff, EntitlementKind.EquityShare, Modality.OwedMinimum,
                    engagement.Id, $"transfer-office:{contract.Id}", new TransferOfficeEquityOf(contract.Id, engagement.OfficeName), conversion.ConvertedAmount, share,
                    minimumEquityShare: conversion.EquityShareFormed * share.Value)],
            _ => [NotCounted(engagement, contract, pack)],
        };

    private static Determination NotCounted(TransferOfficeEngagement engagement, TechnologyContract contract, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure5, pack, "transfer-office-equity", engagement.Id, DeterminationStatus.NotCovered, Modality.OwedMinimum,
            new Condition("equity-counts-as-transformation-income", false, new EquityCountsAsTransformationIncome(contract.Id, pack.Readings.TransferOfficeEquity)));
}
