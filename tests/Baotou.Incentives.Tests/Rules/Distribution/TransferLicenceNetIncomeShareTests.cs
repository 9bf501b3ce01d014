using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>
/// 149号·（八）: 成果完成单位暂时没有制定收益分配制度或合同约定的，按成果转让或许可取得的净收入……不低于 80% 的比例给予奖励和报酬.
/// </summary>
public sealed class TransferLicenceNetIncomeShareTests
{
    private const string Rule = "149-8-transfer-licence-net-income";

    [Theory]
    [InlineData(TransformationMode.Transfer)]
    [InlineData(TransformationMode.Licence)]
    public void Team_receives_at_least_80_percent_of_net_income(TransformationMode mode)
    {
        // 1,000,000.00 received − 100,000.00 taxes = 900,000.00 net; × 80% = 720,000.00.
        var decision = Cases.University().WithMoneyContract(mode, 1_000_000m, deducted: 100_000m).Evaluate();

        var reward = decision.FindEntitlement(Rule, "C1")!;
        reward.Beneficiary.Should().Be(Beneficiary.CompletingTeam);
        reward.Basis.Should().Be(900_000m);
        reward.Rate.Should().Be(0.80m);
        reward.MinimumAmount.Should().Be(720_000m);
    }

    [Theory]
    [InlineData(UnitKind.University)]
    [InlineData(UnitKind.ResearchInstitute)]
    [InlineData(UnitKind.StateOwnedEnterprise)]
    public void Applies_to_state_owned_enterprises_research_institutes_and_universities(UnitKind kind)
    {
        var decision = Cases.Unit(kind).WithMoneyContract(TransformationMode.Licence, 50_000m).Evaluate();

        decision.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(40_000m);
    }

    [Theory]
    [InlineData(UnitKind.PublicInstitution)]
    [InlineData(UnitKind.Other)]
    public void Does_not_apply_to_other_units(UnitKind kind)
    {
        var decision = Cases.Unit(kind).WithMoneyContract(TransformationMode.Licence, 50_000m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_unit_with_its_own_rule_or_agreement_governs_and_nothing_is_computed(bool ownRule, bool agreement)
    {
        var decision = Cases.Unit(UnitKind.University, ownRule, agreement)
            .WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.Entitlements.Should().NotContain(e => e.Clause == "149号·（八）");
        var governs = decision.DeterminationsBy("149-8-unit-terms-govern").Should().ContainSingle().Subject;
        governs.Status.Should().Be(DeterminationStatus.UnitTermsGovern);
        governs.Conditions.Select(c => c.Met).Should().Equal(!ownRule, !agreement);
    }

    [Fact]
    public void Deductions_above_income_received_leave_nothing_to_share()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 100_000m, deducted: 150_000m).Evaluate();

        var reward = decision.FindEntitlement(Rule, "C1")!;
        reward.Basis.Should().Be(0m);
        reward.MinimumAmount.Should().Be(0m);
    }

    [Fact]
    public void Only_money_received_by_the_evaluation_date_is_shared()
    {
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 1_000_000m)
            .Payment("P1", "C1", new LocalDate(2024, 4, 1), 600_000m)
            .Payment("P2", "C1", new LocalDate(2024, 9, 1), 400_000m)
            .Deduction("D1", "C1", DeductionKind.TransactionCost, 50_000m)
            .Evaluate(new LocalDate(2024, 8, 31));

        // 600,000.00 − 50,000.00 = 550,000.00; × 80% = 440,000.00.
        decision.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(440_000m);
    }
}
