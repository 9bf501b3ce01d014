using Baotou.Incentives.Validation;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Resolution;

/// <summary>
/// 149号 closing clause: 期间国家、自治区相关政策发生变化的，从其规定 — a national or regional provision that changes after 149号 is in
/// force governs the matter it changes from its own date, whatever its number; before that date it has no effect.
/// </summary>
public sealed class ChangedProvisionGovernsTests
{
    private const string Rule = "149-closing-changed-provision-governs";
    private const string Regional = "149-7-regional-incentive";
    private static readonly LocalDate ChangeTakesEffect = new(2025, 1, 1);

    /// <summary>A regional document that lowers 149号·（七）'s 20% to 15% from 2025-01-01.</summary>
    private static readonly PolicyPack RegionalChange = Baotou149.Pack.ChangedBy(
        "nmg-2024-test", PolicyLevel.AutonomousRegion, "内政办发〔2024〕测试号", "自治区测试政策", new LocalDate(2024, 12, 1), ChangeTakesEffect,
        [new ProvisionChange(Baotou149.RegionalIncentiveRate, 0.15m, "内政办发〔2024〕测试号: 到账金额 15% 的资金激励")]);

    private static readonly IncentiveEngine WithRegionalChange = new([Baotou149.Pack, RegionalChange]);

    private static IncentiveDecision MajorProject(LocalDate signedOn, IncentiveEngine engine) =>
        Cases.University().WithMoneyContract(TransformationMode.Transfer, 3_000_000m, signedOn: signedOn).EvaluateUnder(engine);

    [Fact]
    public void A_contract_of_the_day_before_the_regional_change_keeps_149s_twenty_percent()
    {
        // 3,000,000.00 × 20% = 600,000.00; the change has no effect before 2025-01-01.
        var decision = MajorProject(new LocalDate(2024, 12, 31), WithRegionalChange);

        decision.Entitlements.Where(e => e.RuleId == Regional).Should().ContainSingle()
            .Which.Should().Match<Entitlement>(e => e.PackId == "baotou-2023-149" && e.MinimumAmount == 600_000m);
        decision.Supersessions.Should().BeEmpty();
        var notYet = decision.DeterminationsBy("149-closing-change-not-yet-in-force").Should().ContainSingle(d => d.SubjectFactId == "C1").Subject;
        notYet.Status.Should().Be(DeterminationStatus.NotCovered);
        notYet.Modality.Should().Be(Modality.Provided);
        notYet.Conditions.Should().Equal(new Condition("event-on-or-after-change", false,
            new EventOnOrAfterChange("TechnologyContract", new LocalDate(2024, 12, 31), "nmg-2024-test", ChangeTakesEffect, "baotou-2023-149")));
    }

    [Fact]
    public void A_contract_of_the_day_the_change_takes_effect_gets_the_regional_figure_and_149s_is_set_aside_naming_从其规定()
    {
        // 3,000,000.00 × 15% = 450,000.00 governs, though 149号's 3,000,000.00 × 20% = 600,000.00 is higher: 从其规定 is "follow it".
        var decision = MajorProject(ChangeTakesEffect, WithRegionalChange);

        var governing = decision.Entitlements.Should().ContainSingle(e => e.RuleId == Regional).Subject;
        governing.Id.Should().Be("149-7-regional-incentive@nmg-2024-test/C1");
        governing.MinimumAmount.Should().Be(450_000m);
        decision.SupersededEntitlements.Should().ContainSingle().Which.Should().Match<Entitlement>(e =>
            e.Id == "149-7-regional-incentive/C1" && e.MinimumAmount == 600_000m);
        var why = decision.Supersessions.Should().ContainSingle().Subject;
        why.RuleId.Should().Be(Rule);
        why.Clause.Should().Be("149号·从其规定");
        why.GoverningId.Should().Be(governing.Id);
        why.Reason.Should().Be(new ChangedProvisionFollowed("nmg-2024-test", PolicyLevel.AutonomousRegion, ChangeTakesEffect, 450_000m, 0.15m, 600_000m, 0.20m, "baotou-2023-149"));
        decision.Trace.Should().Contain(t => t.RuleId == Rule && t.Superseded.Contains("149-7-regional-incentive/C1"));
        decision.Fired("149-closing-higher-newer-governs").Should().BeFalse();
    }

    [Fact]
    public void The_change_reaches_only_the_matter_it_changes()
    {
        // 149号's 80% of 3,000,000.00 = 2,400,000.00 is untouched; the city's support is the city's own sentence, stated once.
        var decision = MajorProject(ChangeTakesEffect, WithRegionalChange);

        decision.Entitlements.Where(e => e.PackId == "nmg-2024-test").Select(e => e.RuleId).Should().Equal(Regional);
        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.MinimumAmount.Should().Be(2_400_000m);
        decision.Determinations.Where(d => d.Topic == "city-support").Should().ContainSingle().Which.PackId.Should().Be("baotou-2023-149");
        decision.Determinations.Should().NotContain(d => d.PackId == "nmg-2024-test" && d.RuleId != "149-closing-change-not-yet-in-force");
    }

    [Fact]
    public void A_change_of_the_eighty_percent_sets_aside_only_the_eighty_percent_not_the_national_award_share_it_does_not_touch()
    {
        // 从其规定 reaches only what changed. A regional 70% for 149.8.transfer-licence-net-income-share from 2025-01-01; net
        // 1,000,000.00: 70% = 700,000.00 governs the owed share and 149号's 80% = 800,000.00 is set aside; the 90% = 900,000.00
        // the national-award team may enjoy is driven by 149.8.national-award-transfer-share, which the change does not name: it stands.
        var change = Baotou149.Pack.ChangedBy("nmg-70", PolicyLevel.AutonomousRegion, "内政办发〔2025〕测试号", "自治区测试政策", new LocalDate(2024, 12, 1), ChangeTakesEffect,
            [new ProvisionChange(Baotou149.TransferLicenceNetIncomeShare, 0.70m, "不低于 70%")]);
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m, signedOn: ChangeTakesEffect)
            .EvaluateUnder(new IncentiveEngine([Baotou149.Pack, change]));

        decision.Supersessions.Should().ContainSingle().Which.Should().Match<Supersession>(s =>
            s.SupersededId == "149-8-transfer-licence-net-income/C1" && s.GoverningId == "149-8-transfer-licence-net-income@nmg-70/C1" && s.RuleId == Rule);
        decision.FindEntitlement("149-8-national-award-transfer", "C1")!.MinimumAmount.Should().Be(900_000m);
        decision.DeterminationsBy("149-8-may-enjoy-beside-owed-floor").Single().Conditions.Single().Reason
            .Should().Be(new MayEnjoyBeyondOwedFloor(900_000m, 0.90m, 700_000m, 0.70m, "149号·（八）"));
    }

    [Fact]
    public void A_change_that_raises_the_figure_governs_too()
    {
        // 3,000,000.00 × 25% = 750,000.00 over 600,000.00: the same principle, named the same way.
        var raising = Baotou149.Pack.ChangedBy("nmg-raise", PolicyLevel.AutonomousRegion, "内政办发〔2024〕升号", "自治区测试政策", new LocalDate(2024, 12, 1), ChangeTakesEffect,
            [new ProvisionChange(Baotou149.RegionalIncentiveRate, 0.25m, "25%")]);

        var decision = MajorProject(ChangeTakesEffect, new IncentiveEngine([Baotou149.Pack, raising]));

        decision.Entitlements.Single(e => e.RuleId == Regional).MinimumAmount.Should().Be(750_000m);
        decision.Supersessions.Single().RuleId.Should().Be(Rule);
    }

    [Fact]
    public void A_national_change_before_149_took_effect_changes_nothing_of_149()
    {
        // A national 70% for （八） from 2023-12-17, the day before 149号 took effect (2023-12-18): not a change 期间.
        // 149号's 3,000,000.00 × 80% = 2,400,000.00 stands, and the decision says why the change did nothing.
        var before = Baotou149.Pack.ChangedBy("cn-2023-test", PolicyLevel.NationalPolicy, "国办发〔2023〕测试号", "国家测试政策", new LocalDate(2023, 12, 1), new LocalDate(2023, 12, 17),
            [new ProvisionChange(Baotou149.TransferLicenceNetIncomeShare, 0.70m, "70%")]);

        var decision = MajorProject(Cases.Signed, new IncentiveEngine([Baotou149.Pack, before]));

        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.MinimumAmount.Should().Be(2_400_000m);
        decision.Entitlements.Concat(decision.SupersededEntitlements).Should().NotContain(e => e.PackId == "cn-2023-test");
        decision.Supersessions.Should().BeEmpty();
        decision.DeterminationsBy("149-closing-change-before-in-force").Should().ContainSingle()
            .Which.Conditions.Should().Equal(new Condition("changed-after-in-force", false,
                new ChangedDuringTerm("cn-2023-test", new LocalDate(2023, 12, 17), "baotou-2023-149", new LocalDate(2023, 12, 18))));
    }

    [Theory]
    [InlineData(18, false)]
    [InlineData(19, true)]
    public void A_national_change_governs_only_if_it_takes_effect_after_149_is_in_force(int day, bool governs)
    {
        // From 2023-12-19 the national 70% governs a contract of 2024-03-01: 3,000,000.00 × 70% = 2,100,000.00 over 2,400,000.00.
        var change = Baotou149.Pack.ChangedBy("cn-2023-test", PolicyLevel.NationalPolicy, "国办发〔2023〕测试号", "国家测试政策", new LocalDate(2023, 12, 1), new LocalDate(2023, 12, day),
            [new ProvisionChange(Baotou149.TransferLicenceNetIncomeShare, 0.70m, "70%")]);

        var decision = MajorProject(Cases.Signed, new IncentiveEngine([Baotou149.Pack, change]));

        var team = decision.Entitlements.Single(e => e.RuleId == "149-8-transfer-licence-net-income");
        team.MinimumAmount.Should().Be(governs ? 2_100_000m : 2_400_000m);
        decision.Supersessions.Should().HaveCount(governs ? 1 : 0);
    }

    [Fact]
    public void A_municipal_change_is_refused_it_is_a_successor()
    {
        var act = () => Baotou149.Pack.ChangedBy("bt-x", PolicyLevel.Municipal, "包府办发〔2025〕X号", "x", new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 1),
            [new ProvisionChange(Baotou149.RegionalIncentiveRate, 0.15m, "x")]);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Field.Should().Be("Level");
    }
}
