using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>
/// 149号·（八）: 对获得国家科学技术奖的高校、科研院所职务科技成果，成果完成团队可享有该成果转让 90% 以上收益. With the 80%
/// default on the same net income, 从高从新不重复 keeps the 90% and sets the 80% aside.
/// </summary>
public sealed class NationalAwardTransferShareTests
{
    private const string Rule = "149-8-national-award-transfer";
    private const string Default = "149-8-transfer-licence-net-income";

    [Fact]
    public void Ninety_percent_supersedes_eighty_percent_one_entitlement_one_superseded_trace_entry()
    {
        // 1,000,000.00 − 100,000.00 = 900,000.00 net: 90% = 810,000.00 governs over 80% = 720,000.00.
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m, 100_000m).Evaluate();

        var team = decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Should().ContainSingle().Subject;
        team.RuleId.Should().Be(Rule);
        team.MinimumAmount.Should().Be(810_000m);
        decision.SupersededEntitlements.Should().ContainSingle().Which.MinimumAmount.Should().Be(720_000m);
        var supersession = decision.Supersessions.Should().ContainSingle().Subject;
        supersession.SupersededId.Should().Be($"{Default}/C1");
        supersession.GoverningId.Should().Be($"{Rule}/C1");
        var resolution = decision.Trace.Where(t => t.Superseded.Count > 0).Should().ContainSingle().Subject;
        resolution.Clause.Should().Be("149号·从高从新不重复");
        resolution.Superseded.Should().Equal($"{Default}/C1");
    }

    [Fact]
    public void Applies_even_when_the_unit_has_its_own_rule()
    {
        var decision = Cases.University(ownRule: true, nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate();

        decision.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(900_000m);
        decision.Fired(Default).Should().BeFalse();
        decision.Supersessions.Should().BeEmpty();
    }

    [Fact]
    public void With_the_units_own_rule_the_finding_relates_the_rule_to_the_award_share()
    {
        // 可享有: the unit's rule governs the default shares; the team may still enjoy 1,000,000.00 × 90% = 900,000.00 of the transfer.
        var decision = Cases.University(ownRule: true, nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate();

        var governs = decision.DeterminationsBy("149-8-unit-terms-govern").Should().ContainSingle().Subject;
        governs.Status.Should().Be(DeterminationStatus.UnitTermsGovern);
        governs.Conditions.Should().Equal(
            new Condition("unit-has-no-distribution-rule", false, new NoDistributionRule("U1", "测试单位")),
            new Condition("no-contract-fixes-rewards", true, new NoRewardAgreement()),
            new Condition("national-award-transfer-share-stands", true, new NationalAwardShareStands("A1")));
        decision.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(900_000m);
    }

    [Fact]
    public void Without_an_award_the_finding_has_no_award_condition()
    {
        var decision = Cases.University(ownRule: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate();

        decision.DeterminationsBy("149-8-unit-terms-govern").Single().Conditions.Select(c => c.Name)
            .Should().Equal("unit-has-no-distribution-rule", "no-contract-fixes-rewards");
    }

    [Fact]
    public void A_licence_is_not_a_transfer()
    {
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Licence, 1_000_000m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.FindEntitlement(Default, "C1")!.MinimumAmount.Should().Be(800_000m);
    }

    [Fact]
    public void A_state_owned_enterprise_award_gets_only_the_default()
    {
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise, nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.FindEntitlement(Default, "C1")!.MinimumAmount.Should().Be(800_000m);
    }

    [Fact]
    public void With_no_income_received_both_are_zero_and_the_newer_higher_rate_governs_without_adding()
    {
        var decision = Cases.University(nationalAward: true)
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 1_000_000m)
            .Evaluate();

        decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Should().ContainSingle()
            .Which.Rate.Should().Be(0.90m, "on equal amounts under one policy the higher rate governs");
        decision.SupersededEntitlements.Should().ContainSingle().Which.Rate.Should().Be(0.80m);
    }
}
