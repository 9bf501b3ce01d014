using Baotou.Incentives.Explanations;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Channels;

/// <summary>
/// 149号·（五） for 作价入股: 对承担科技成果转化的技术转移机构工作人员，按成果转化收益给予不低于 5% 的奖励 — the equity formed is the
/// investment's 收益, and the sentence names a reward (奖励), not equity owed (（八） says 技术入股形成的股权 where it means equity):
/// by default a reward measured on the equity's conversion amount (PolicyReadings.TransferOfficeEquity, default
/// RewardMeasuredOnEquity); equity owed (EquityFormedCounts) and money only (MoneyOnly) are switches.
/// </summary>
public sealed class TransferOfficeEquityRewardTests
{
    private const string Rule = "149-5-transfer-office-equity";

    private static IncentiveCaseBuilder Investment() => Cases.University()
        .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
        .EquityConversion("Q1", "C1", Cases.Signed, 2_000_000m, 0.4m)
        .TransferOffice("T1", "C1", "技术转移中心");

    [Fact]
    public void The_office_staff_are_owed_a_reward_of_at_least_5_percent_measured_on_the_equity_formed_not_a_share_of_the_investee()
    {
        // 按成果转化收益给予不低于 5% 的奖励: 2,000,000.00 converted × 5% = 100,000.00, a reward in yuan; no part of the investee is owed.
        var reward = Investment().Evaluate().FindEntitlement(Rule, "T1")!;

        reward.Beneficiary.Should().Be(Beneficiary.TransferOfficeStaff);
        reward.Kind.Should().Be(EntitlementKind.Reward, "（五） names 奖励, not 股权");
        reward.MinimumEquityShare.Should().BeNull();
        reward.Basis.Should().Be(2_000_000m);
        reward.Rate.Should().Be(0.05m);
        reward.MinimumAmount.Should().Be(100_000m);
        reward.Modality.Should().Be(Modality.OwedMinimum, "（五） 给予不低于 5% 的奖励");
        reward.BasisReason.Should().Be(new TransferOfficeEquityOf("C1", "技术转移中心"));
    }

    [Fact]
    public void The_zh_report_words_it_as_a_reward_and_never_as_equity_of_the_investee()
    {
        var text = DecisionReport.Explain(Investment().Evaluate(), ExplanationLanguage.Chinese)
            .Single(e => e.OutcomeId == "149-5-transfer-office-equity/T1").Text;

        text.Should().Contain("技术转移机构工作人员的奖励和报酬应不低于 100,000.00 元").And.NotContain("被投资企业");
    }

    [Fact]
    public void Read_as_equity_owed_the_office_staff_hold_at_least_5_percent_of_the_equity_formed()
    {
        // The switch EquityFormedCounts: 2,000,000.00 converted, 40% of the company formed: ≥ 40% × 5% = 2% of the company,
        // valued 2,000,000.00 × 5% = 100,000.00.
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { TransferOfficeEquity = TransferOfficeEquityReading.EquityFormedCounts });
        var reward = new IncentiveEngine([pack]).Evaluate(Investment().Build(), Cases.Evaluated).FindEntitlement(Rule, "T1")!;

        reward.Beneficiary.Should().Be(Beneficiary.TransferOfficeStaff);
        reward.Kind.Should().Be(EntitlementKind.EquityShare);
        reward.MinimumEquityShare.Should().Be(0.02m);
        reward.MinimumAmount.Should().Be(100_000m);
        reward.Modality.Should().Be(Modality.OwedMinimum, "（五） 给予不低于 5% 的奖励");
        reward.BasisReason.Should().Be(new TransferOfficeEquityOf("C1", "技术转移中心"));
    }

    [Fact]
    public void Read_as_money_only_nothing_is_computed_and_the_finding_names_the_reading()
    {
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { TransferOfficeEquity = TransferOfficeEquityReading.MoneyOnly });

        var decision = new IncentiveEngine([pack]).Evaluate(Investment().Build(), Cases.Evaluated);

        decision.FindEntitlement(Rule, "T1").Should().BeNull();
        var finding = decision.DeterminationsBy(Rule).Single();
        finding.Status.Should().Be(DeterminationStatus.NotCovered);
        finding.Conditions.Should().Equal(new Condition("equity-counts-as-transformation-income", false,
            new EquityCountsAsTransformationIncome("C1", TransferOfficeEquityReading.MoneyOnly)));
    }

    [Fact]
    public void Without_the_office_undertaking_it_nothing_is_owed_to_the_office()
    {
        Cases.University().Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
            .EquityConversion("Q1", "C1", Cases.Signed, 2_000_000m, 0.4m).Evaluate().Fired(Rule).Should().BeFalse();
    }
}
