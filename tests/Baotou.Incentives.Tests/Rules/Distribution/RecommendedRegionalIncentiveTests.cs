using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>
/// 149号·（七）: 金额在 200 万元以上的，推荐争取自治区财政给予成果出让单位到账金额或股权折算金额 20% 的资金激励.
/// 以上 includes the number, so 2,000,000.00 qualifies and 1,999,999.99 does not.
/// </summary>
public sealed class RecommendedRegionalIncentiveTests
{
    private const string Rule = "149-7-regional-incentive";

    [Theory]
    [InlineData(2_000_000.00, 400_000.00)]
    [InlineData(2_000_000.01, 400_000.002)]
    [InlineData(2_500_000.00, 500_000.00)]
    public void Money_received_at_or_above_the_threshold_is_recommended_for_20_percent(decimal received, decimal expected)
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, received).Evaluate();

        var incentive = decision.FindEntitlement(Rule, "C1")!;
        incentive.Should().NotBeNull();
        incentive.Beneficiary.Should().Be(Beneficiary.TransferringUnit);
        incentive.Kind.Should().Be(EntitlementKind.RegionalIncentive);
        incentive.Basis.Should().Be(received);
        incentive.Rate.Should().Be(0.20m);
        incentive.MinimumAmount.Should().Be(expected);
        decision.Determinations.Should().ContainSingle(d => d.Topic == "city-support")
            .Which.Status.Should().Be(DeterminationStatus.Applies);
    }

    [Fact]
    public void One_fen_below_the_threshold_is_not_recommended_to_seek()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 1_999_999.99m).Evaluate();

        decision.FindEntitlement(Rule, "C1").Should().BeNull();
        var finding = decision.DeterminationsBy("149-7-below-threshold").Should().ContainSingle().Subject;
        finding.Status.Should().Be(DeterminationStatus.NotRecommended, "金额在 200 万元以上的，推荐争取: the threshold gates the recommendation");
        finding.Conditions.Should().ContainSingle().Which.Reason.Should().Be(new MajorProjectThreshold("C1", MajorProjectBasisKind.MoneyReceived, 1_999_999.99m, 2_000_000m));
    }

    [Fact]
    public void An_instalment_received_after_the_evaluation_date_does_not_count()
    {
        // 1,500,000 received on 2025-05-01 and 600,000 on 2025-08-01.
        var builder = Cases.University()
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 2_100_000m)
            .Payment("P1", "C1", new LocalDate(2025, 5, 1), 1_500_000m)
            .Payment("P2", "C1", new LocalDate(2025, 8, 1), 600_000m);

        var before = builder.Evaluate(new LocalDate(2025, 7, 31));
        before.FindEntitlement(Rule, "C1").Should().BeNull("only 1,500,000.00 was received by 2025-07-31");
        before.DeterminationsBy("149-7-below-threshold").Should().ContainSingle()
            .Which.Conditions[0].Reason.Should().Be(new MajorProjectThreshold("C1", MajorProjectBasisKind.MoneyReceived, 1_500_000m, 2_000_000m));

        var onTheDay = builder.Evaluate(new LocalDate(2025, 8, 1));
        onTheDay.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(420_000m, "2,100,000.00 received by 2025-08-01 × 20%");
    }

    [Fact]
    public void Equity_investment_uses_the_equity_conversion_amount()
    {
        var decision = Cases.Unit(UnitKind.ResearchInstitute)
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
            .EquityConversion("Q1", "C1", Cases.Signed, 2_500_000m, 0.3m)
            .Evaluate();

        var incentive = decision.FindEntitlement(Rule, "C1")!;
        incentive.Basis.Should().Be(2_500_000m);
        incentive.MinimumAmount.Should().Be(500_000m);
        decision.Fired("149-7-basis-equity-converted").Should().BeTrue();
        decision.Fired("149-7-basis-money-received").Should().BeFalse("an equity investment brings no contract money");
    }

    [Fact]
    public void Deductions_do_not_reduce_the_basis_which_is_money_received()
    {
        // 2,000,000.00 received × 20% = 400,000.00, whatever the 300,000.00 deducted on the way to net income.
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 2_000_000m, deducted: 300_000m).Evaluate();

        decision.FindEntitlement(Rule, "C1")!.MinimumAmount.Should().Be(400_000m);
        decision.Trace.Single(t => t.RuleId == "149-7-basis-money-received").Produced.Should().Equal("major-project-basis:C1");
    }

    [Fact]
    public void A_transformation_that_does_not_land_in_Baotou_is_not_eligible()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 3_000_000m, landsInBaotou: false).Evaluate();

        decision.FindEntitlement(Rule, "C1").Should().BeNull();
        decision.DeterminationsBy("149-7-not-landing-in-baotou").Should().ContainSingle()
            .Which.Status.Should().Be(DeterminationStatus.NotEligible);
    }

    [Theory]
    [InlineData(UnitKind.StateOwnedEnterprise)]
    [InlineData(UnitKind.PublicInstitution)]
    [InlineData(UnitKind.Other)]
    public void Only_universities_and_research_institutes_are_covered(UnitKind kind)
    {
        var decision = Cases.Unit(kind).WithMoneyContract(TransformationMode.Transfer, 3_000_000m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.Fired("149-7-below-threshold").Should().BeFalse();
        decision.Entitlements.Should().NotContain(e => e.Clause == "149号·（七）");
    }

    [Fact]
    public void The_trace_names_the_threshold_and_rate_it_read()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 2_000_000m).Evaluate();

        var entry = decision.Trace.Should().ContainSingle(t => t.RuleId == Rule).Subject;
        entry.Clause.Should().Be("149号·（七）");
        entry.Parameters.Select(p => (p.Parameter, p.Value)).Should().Equal(
            ("149.7.major-project-threshold", 2_000_000m), ("149.7.regional-incentive-rate", 0.20m));
        entry.MatchedFacts.Should().Contain(new Baotou.Incentives.Tracing.FactReference("TechnologyContract", "C1"));
        entry.Produced.Should().Equal("149-7-regional-incentive/C1", "149-7-regional-incentive/C1#city-support");
    }
}
