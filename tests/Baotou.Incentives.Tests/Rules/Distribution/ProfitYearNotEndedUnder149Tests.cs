using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>
/// 149号·（八）: 自主实施转化成功投产后 5 年内每年营业利润不低于 10% 的比例. A year's operating profit is known once the fiscal year
/// (the calendar year) has ended: a year that ends after the evaluation date is listed and not counted, as money received after
/// that date is. Nothing is counted that the evaluation date cannot know.
/// </summary>
public sealed class ProfitYearNotEndedUnder149Tests
{
    private const string Rule = "149-8-profit-year-not-ended";
    private const string Share = "149-8-operating-profit";

    private static IncentiveCaseBuilder Implemented() =>
        Cases.Unit(UnitKind.StateOwnedEnterprise).SelfImplementation("S1", "A1", new LocalDate(2024, 5, 1))
            .OperatingProfit("Y2024", "S1", 2024, 1_000_000m)
            .OperatingProfit("Y2025", "S1", 2025, 2_000_000m);

    [Fact]
    public void Evaluated_mid_year_the_year_not_ended_is_listed_and_not_counted()
    {
        // Evaluated 2025-06-30: 2024 ended, 1,000,000.00 × 10% = 100,000.00; 2025 ends 2025-12-31: nothing computed on it.
        var decision = Implemented().Evaluate(new LocalDate(2025, 6, 30));

        decision.FindEntitlement(Share, "Y2024")!.MinimumAmount.Should().Be(100_000m);
        decision.FindEntitlement(Share, "Y2025").Should().BeNull();
        var notYet = decision.DeterminationsBy(Rule).Should().ContainSingle().Subject;
        notYet.SubjectFactId.Should().Be("Y2025");
        notYet.Status.Should().Be(DeterminationStatus.NotYetKnown);
        notYet.Conditions.Should().Equal(new Condition("fiscal-year-ended", false,
            new ProfitYearNotEnded("Y2025", 2025, new LocalDate(2025, 12, 31), new LocalDate(2025, 6, 30))));
        decision.Trace.Single(t => t.RuleId == Rule).MatchedFacts.Select(f => f.ToString()).Should().Contain("OperatingProfit:Y2025");
    }

    [Fact]
    public void On_the_last_day_of_the_year_it_has_ended_and_counts_the_day_before_it_does_not()
    {
        // 2025-12-31 is the year's last day: the year has ended by then (on or before), 2,000,000.00 × 10% = 200,000.00.
        Implemented().Evaluate(new LocalDate(2025, 12, 31)).FindEntitlement(Share, "Y2025")!.MinimumAmount.Should().Be(200_000m);
        var dayBefore = Implemented().Evaluate(new LocalDate(2025, 12, 30));
        dayBefore.FindEntitlement(Share, "Y2025").Should().BeNull();
        dayBefore.DeterminationsBy(Rule).Single().SubjectFactId.Should().Be("Y2025");
    }

    [Fact]
    public void A_unit_whose_own_rule_governs_gets_no_such_finding_under_149()
    {
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise, ownRule: true).SelfImplementation("S1", "A1", new LocalDate(2024, 5, 1))
            .OperatingProfit("Y2025", "S1", 2025, 2_000_000m).Evaluate(new LocalDate(2025, 6, 30));

        decision.Fired(Rule).Should().BeFalse();
        decision.Fired(Share).Should().BeFalse();
    }
}
