using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>149号·（八）: 技术入股形成的股权不低于 80% 的比例 when the unit has no rule or agreement.</summary>
public sealed class EquityShareForCompletingTeamTests
{
    private const string Rule = "149-8-equity-share";

    private static IncentiveCaseBuilder Investment(bool ownRule = false) =>
        Cases.Unit(UnitKind.ResearchInstitute, ownRule)
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
            .EquityConversion("Q1", "C1", Cases.Signed, 3_000_000m, 0.30m);

    [Fact]
    public void Team_receives_at_least_80_percent_of_the_equity_formed()
    {
        var reward = Investment().Evaluate().FindEntitlement(Rule, "C1")!;

        reward.Kind.Should().Be(EntitlementKind.EquityShare);
        reward.Basis.Should().Be(3_000_000m);
        reward.MinimumAmount.Should().Be(2_400_000m, "3,000,000.00 × 80%");
        reward.MinimumEquityShare.Should().Be(0.24m, "80% of the 30% of the company formed");
    }

    [Fact]
    public void A_unit_with_its_own_rule_governs()
    {
        var decision = Investment(ownRule: true).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.DeterminationsBy("149-8-unit-terms-govern").Should().ContainSingle();
    }
}
