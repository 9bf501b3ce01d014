using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.NationalBaseline;

/// <summary>
/// 促进科技成果转化法 第四十五条（一）: 将该项职务科技成果转让、许可给他人实施的，从该项科技成果转让净收入或者许可净收入中提取
/// 不低于百分之五十的比例 — when the unit has neither a rule nor an agreement; every kind of unit.
/// </summary>
public sealed class NationalNetIncomeShareTests
{
    private const string Rule = "law2015-45-1-net-income";

    [Theory]
    [InlineData(UnitKind.PublicInstitution, TransformationMode.Transfer)]
    [InlineData(UnitKind.Other, TransformationMode.Licence)]
    [InlineData(UnitKind.University, TransformationMode.Transfer)]
    public void Team_receives_at_least_half_of_net_income(UnitKind kind, TransformationMode mode)
    {
        // 1,000,000.00 received − 100,000.00 taxes = 900,000.00 net; × 50% = 450,000.00.
        var decision = Cases.Unit(kind).WithMoneyContract(mode, 1_000_000m, deducted: 100_000m).EvaluateUnder(Packs.NationalOnly);

        var reward = decision.FindEntitlement(Rule, "C1")!;
        reward.Clause.Should().Be("促进科技成果转化法·第四十五条（一）");
        reward.PackId.Should().Be("cn-law-2015-art45");
        reward.Basis.Should().Be(900_000m);
        reward.Rate.Should().Be(0.50m);
        reward.MinimumAmount.Should().Be(450_000m);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_unit_with_its_own_rule_or_agreement_is_not_bound_by_the_floor(bool ownRule, bool agreement)
    {
        var decision = Cases.Unit(UnitKind.PublicInstitution, ownRule, agreement)
            .WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.NationalOnly);

        decision.Fired(Rule).Should().BeFalse();
        decision.Entitlements.Should().BeEmpty();
    }

    [Fact]
    public void A_contract_signed_the_day_before_the_amendment_took_effect_is_not_covered()
    {
        // The 2015 amendment took effect on 2015-10-01.
        var before = Cases.Unit(UnitKind.PublicInstitution)
            .WithMoneyContract(TransformationMode.Transfer, 100_000m, signedOn: new LocalDate(2015, 9, 30)).EvaluateUnder(Packs.NationalOnly);
        var onTheDay = Cases.Unit(UnitKind.PublicInstitution)
            .WithMoneyContract(TransformationMode.Transfer, 100_000m, signedOn: new LocalDate(2015, 10, 1)).EvaluateUnder(Packs.NationalOnly);

        before.Fired(Rule).Should().BeFalse();
        onTheDay.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(50_000m);
    }

    [Fact]
    public void Under_both_packs_149s_80_percent_governs_and_the_national_50_percent_is_superseded()
    {
        // 1,000,000.00 − 100,000.00 = 900,000.00 net: 149号·（八） 80% = 720,000.00 > 第四十五条 50% = 450,000.00.
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, deducted: 100_000m)
            .EvaluateUnder(Packs.Both);

        var governing = decision.Entitlements.Should().ContainSingle(e => e.Beneficiary == Beneficiary.CompletingTeam).Subject;
        governing.Id.Should().Be("149-8-transfer-licence-net-income/C1");
        governing.MinimumAmount.Should().Be(720_000m);

        var superseded = decision.SupersededEntitlements.Should().ContainSingle().Subject;
        superseded.Id.Should().Be("law2015-45-1-net-income/C1");
        superseded.MinimumAmount.Should().Be(450_000m);

        var why = decision.Supersessions.Should().ContainSingle().Subject;
        why.SupersededId.Should().Be("law2015-45-1-net-income/C1");
        why.GoverningId.Should().Be("149-8-transfer-licence-net-income/C1");
        // The law is not one of 我市其他政策措施: both set floors, and meeting 149号's 80% meets the law's 50%.
        why.RuleId.Should().Be("149-floors-higher-governs");
        why.Clause.Should().Be("149号·第四十五条·均为下限");
        why.Reason.Should().Be(new BothFloorsHigherMeetsLower(720_000m, 0.80m, "149-8-transfer-licence-net-income", 450_000m, 0.50m, "law2015-45-1-net-income"));
        decision.Trace.Should().Contain(t => t.RuleId == "149-floors-higher-governs" && t.Superseded.Contains("law2015-45-1-net-income/C1"));
        decision.Fired("149-closing-higher-newer-governs").Should().BeFalse();
    }

    [Fact]
    public void Where_149_does_not_reach_the_national_floor_governs_alone()
    {
        // A public institution is outside 149号·（八） (国有企业、科研院所、高校) but inside 第四十五条: 200,000.00 × 50% = 100,000.00.
        var decision = Cases.Unit(UnitKind.PublicInstitution).WithMoneyContract(TransformationMode.Licence, 200_000m).EvaluateUnder(Packs.Both);

        decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Should().ContainSingle()
            .Which.Should().Match<Entitlement>(e => e.RuleId == Rule && e.MinimumAmount == 100_000m);
        decision.Supersessions.Should().BeEmpty();
    }
}
