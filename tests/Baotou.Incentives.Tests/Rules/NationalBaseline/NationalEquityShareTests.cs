using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.NationalBaseline;

/// <summary>促进科技成果转化法 第四十五条（二）: 利用该项职务科技成果作价投资的，从该项科技成果形成的股份或者出资比例中提取不低于百分之五十的比例.</summary>
public sealed class NationalEquityShareTests
{
    private const string Rule = "law2015-45-2-equity";

    private static IncentiveCaseBuilder Invested(UnitKind kind) =>
        Cases.Unit(kind)
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 3_000_000m)
            .EquityConversion("Q1", "C1", Cases.Signed, 3_000_000m, 0.30m);

    [Fact]
    public void Team_holds_at_least_half_of_the_equity_formed()
    {
        // 30% of the investee formed, valued 3,000,000.00: × 50% = a 15% holding worth 1,500,000.00.
        var reward = Invested(UnitKind.PublicInstitution).EvaluateUnder(Packs.NationalOnly).FindEntitlement(Rule, "C1")!;

        reward.Kind.Should().Be(EntitlementKind.EquityShare);
        reward.MinimumEquityShare.Should().Be(0.15m);
        reward.MinimumAmount.Should().Be(1_500_000m);
    }

    [Fact]
    public void Under_both_packs_149s_80_percent_of_the_equity_governs()
    {
        // 149号·（八）: 30% × 80% = 24%, 2,400,000.00 > 第四十五条 15%, 1,500,000.00.
        var decision = Invested(UnitKind.University).EvaluateUnder(Packs.Both);

        decision.FindEntitlement("149-8-equity-share", "C1")!.MinimumEquityShare.Should().Be(0.24m);
        decision.FindEntitlement(Rule, "C1").Should().BeNull("it is set aside");
        decision.SupersededEntitlements.Should().ContainSingle(e => e.Id == "law2015-45-2-equity/C1")
            .Which.MinimumEquityShare.Should().Be(0.15m);
    }
}
