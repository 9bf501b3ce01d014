using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>
/// 149号·（九）: 横向科研项目结余经费可出资科技成果转化……科研人员占比不低于 90%; 横向委托项目结余经费可用于绩效发放，比例自行约定.
/// </summary>
public sealed class CommissionedSurplusTests
{
    [Fact]
    public void Researchers_hold_at_least_90_percent_of_a_surplus_invested()
    {
        var decision = Cases.University()
            .CommissionedSurplus("H1", "U1", "横向项目", new LocalDate(2024, 7, 1), 500_000m, SurplusUse.InvestedInTransformation)
            .Evaluate();

        var share = decision.FindEntitlement("149-9-surplus-invested", "H1")!;
        share.Beneficiary.Should().Be(Beneficiary.CommissionedProjectResearchers);
        share.Kind.Should().Be(EntitlementKind.ShareOfSurplus);
        // 出资: the researchers hold at least 90% of what the 500,000.00 contribution forms and earns, valued at the
        // contribution: 500,000.00 × 90% = 450,000.00; a share of the investment, not cash.
        share.MinimumEquityShare.Should().Be(0.90m);
        share.Basis.Should().Be(500_000m);
        share.MinimumAmount.Should().Be(450_000m);
    }

    [Fact]
    public void A_surplus_paid_as_performance_pay_follows_the_ratio_the_parties_agree()
    {
        var decision = Cases.University()
            .CommissionedSurplus("H2", "U1", "横向项目", new LocalDate(2024, 7, 1), 120_000m, SurplusUse.PerformancePay)
            .Evaluate();

        decision.Entitlements.Should().BeEmpty();
        decision.DeterminationsBy("149-9-surplus-performance-pay").Should().ContainSingle()
            .Which.Status.Should().Be(DeterminationStatus.Applies);
    }

    [Fact]
    public void Only_universities_and_research_institutes_have_commissioned_research_under_this_clause()
    {
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise)
            .CommissionedSurplus("H1", "U1", "横向项目", new LocalDate(2024, 7, 1), 500_000m, SurplusUse.InvestedInTransformation)
            .Evaluate();

        // Nothing is granted or agreed under （九）; the only word under it is that it does not reach this unit.
        decision.Entitlements.Should().BeEmpty();
        decision.Trace.Where(t => t.Clause == "149号·（九）").Select(t => t.RuleId).Should().Equal("149-9-unit-not-covered");
    }
}
