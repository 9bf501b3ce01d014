using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Channels;

/// <summary>149号·（五）: 对承担科技成果转化的技术转移机构工作人员，按成果转化收益给予不低于 5% 的奖励.</summary>
public sealed class TransferOfficeStaffRewardTests
{
    private const string Rule = "149-5-transfer-office-staff-reward";

    [Fact]
    public void Staff_receive_at_least_5_percent_of_net_income()
    {
        // 1,000,000.00 − 100,000.00 = 900,000.00 net; × 5% = 45,000.00.
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, 100_000m)
            .TransferOffice("T1", "C1", "技术转移中心").Evaluate();

        var reward = decision.FindEntitlement(Rule, "T1")!;
        reward.Beneficiary.Should().Be(Beneficiary.TransferOfficeStaff);
        reward.Basis.Should().Be(900_000m);
        reward.MinimumAmount.Should().Be(45_000m);
    }

    [Fact]
    public void Under_the_gross_reading_the_share_is_of_all_money_received()
    {
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { TransferOfficeRewardBasis = TransformationIncomeBasis.GrossIncome });
        var incentiveCase = Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, 100_000m)
            .TransferOffice("T1", "C1", "技术转移中心").Build();

        var decision = new IncentiveEngine([pack]).Evaluate(incentiveCase, Cases.Evaluated);

        decision.FindEntitlement(Rule, "T1")!.MinimumAmount.Should().Be(50_000m);
    }

    [Fact]
    public void Without_the_office_undertaking_the_transformation_nothing_is_owed_to_it()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.Entitlements.Should().NotContain(e => e.Beneficiary == Beneficiary.TransferOfficeStaff);
    }

    [Fact]
    public void The_share_of_the_office_and_of_the_team_are_different_beneficiaries_and_both_stand()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m)
            .TransferOffice("T1", "C1", "技术转移中心").Evaluate();

        decision.Entitlements.Select(e => (e.Beneficiary, e.MinimumAmount)).Should().BeEquivalentTo(new[]
        {
            (Beneficiary.TransferOfficeStaff, 50_000m),
            (Beneficiary.CompletingTeam, 800_000m),
        });
        decision.Supersessions.Should().BeEmpty();
    }
}
