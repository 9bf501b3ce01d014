using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>
/// 149号·（八）: 对获得国家科学技术奖的高校、科研院所职务科技成果，成果完成团队<b>可享有</b>该成果转让 90% 以上收益. With the 80%
/// default (按…不低于 80% 的比例…给予奖励和报酬) on the same net income, the verb decides: the 90% is a permission and the 80% an owed
/// floor, so neither sets the other aside; both stand, linked by <c>149-8-may-enjoy-beside-owed-floor</c>, and are never added.
/// </summary>
public sealed class NationalAwardTransferShareTests
{
    private const string Rule = "149-8-national-award-transfer";
    private const string Default = "149-8-transfer-licence-net-income";
    private const string Beside = "149-8-may-enjoy-beside-owed-floor";

    [Fact]
    public void The_ninety_percent_the_team_may_enjoy_stands_beside_the_eighty_percent_it_is_owed_neither_set_aside()
    {
        // 1,000,000.00 − 100,000.00 = 900,000.00 net: may enjoy 90% = 810,000.00; owed at least 80% = 720,000.00. A unit that may
        // pay 90% still must pay 80%: the permission never displaces the owed floor, and the two are never added (not 1,530,000.00).
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m, 100_000m).Evaluate();

        var team = decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).ToArray();
        team.Should().HaveCount(2);
        team.Single(e => e.RuleId == Rule).Should().Match<Entitlement>(e => e.Modality == Modality.MayEnjoy && e.MinimumAmount == 810_000m);
        team.Single(e => e.RuleId == Default).Should().Match<Entitlement>(e => e.Modality == Modality.OwedMinimum && e.MinimumAmount == 720_000m);
        decision.SupersededEntitlements.Should().BeEmpty();
        decision.Supersessions.Should().BeEmpty();

        var link = decision.DeterminationsBy(Beside).Should().ContainSingle().Subject;
        link.SubjectFactId.Should().Be($"{Rule}/C1");
        link.Status.Should().Be(DeterminationStatus.BothStand);
        link.Modality.Should().Be(Modality.MayEnjoy);
        link.Clause.Should().Be("149号·（八）");
        link.Conditions.Should().Equal(new Condition("owed-floor-stands", true, new MayEnjoyBeyondOwedFloor(810_000m, 0.90m, 720_000m, 0.80m, "149号·（八）")));
        decision.Trace.Last().RuleId.Should().Be(Beside, "the link is made after the principles have set aside what they set aside");
    }

    [Fact]
    public void A_newer_higher_owed_floor_of_a_successor_sets_the_eighty_percent_aside_and_the_link_names_the_floor_that_governs()
    {
        // A later municipal measure (from 2024-01-01) raising the default to 85%: 从高从新不重复 among owed floors keeps 85% of
        // 1,000,000.00 = 850,000.00 over 800,000.00; the 90% permission (900,000.00) stands beside the 850,000.00 that governs.
        var successor = Baotou149.Pack.Successor("bt-later", "后续政策", "A later measure", new LocalDate(2023, 12, 20), new LocalDate(2024, 1, 1))
            .WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m)
            .EvaluateUnder(new IncentiveEngine([Baotou149.Pack, successor]));

        decision.SupersededEntitlements.Select(e => e.Id).Should().BeEquivalentTo(
            [$"{Default}/C1", $"{Rule}/C1"], "the 80% under the newer 85%; of two equal 90% permissions the newer governs");
        decision.Supersessions.Should().OnlyContain(s => s.RuleId == "149-closing-higher-newer-governs");
        var link = decision.DeterminationsBy(Beside).Should().ContainSingle().Subject;
        link.Conditions.Single().Reason.Should().Be(new MayEnjoyBeyondOwedFloor(900_000m, 0.90m, 850_000m, 0.85m, "149号·（八）"));
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
    public void With_no_income_received_both_are_zero_and_both_stand_with_their_own_verbs()
    {
        var decision = Cases.University(nationalAward: true)
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 1_000_000m)
            .Evaluate();

        decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Select(e => (e.Rate, e.Modality, e.MinimumAmount))
            .Should().BeEquivalentTo([(0.90m, Modality.MayEnjoy, 0m), (0.80m, Modality.OwedMinimum, 0m)]);
        decision.SupersededEntitlements.Should().BeEmpty();
    }
}
