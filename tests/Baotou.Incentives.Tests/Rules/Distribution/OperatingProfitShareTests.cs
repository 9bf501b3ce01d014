using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>
/// 149号·（八）: 自主实施转化成功投产后 5 年内每年营业利润不低于 10% 的比例. Years are fiscal years, the year production
/// succeeded being the first: production in 2024 shares 2024–2028; 2029 is the 6th year.
/// </summary>
public sealed class OperatingProfitShareTests
{
    private const string Rule = "149-8-operating-profit";
    private const string Outside = "149-8-operating-profit-outside-term";

    private static IncentiveCaseBuilder Implemented(LocalDate production, bool ownRule = false) =>
        Cases.Unit(UnitKind.StateOwnedEnterprise, ownRule).SelfImplementation("S1", "A1", production);

    [Fact]
    public void Each_profit_year_shares_at_least_10_percent()
    {
        var decision = Implemented(new LocalDate(2024, 3, 15))
            .OperatingProfit("Y1", "S1", 2024, 1_000_000m)
            .OperatingProfit("Y2", "S1", 2025, 2_345_678.91m)
            .Evaluate();

        decision.FindEntitlement(Rule, "Y1")!.MinimumAmount.Should().Be(100_000m);
        var second = decision.FindEntitlement(Rule, "Y2")!;
        second.MinimumAmount.Should().Be(234_567.891m, "unrounded until reported");
        Money.Fen.Round(second.MinimumAmount).Should().Be(234_567.89m);
        second.PeriodStart.Should().Be(new LocalDate(2025, 1, 1));
        second.PeriodEnd.Should().Be(new LocalDate(2025, 12, 31));
    }

    [Fact]
    public void A_loss_year_yields_zero_not_a_negative_reward()
    {
        var reward = Implemented(new LocalDate(2024, 3, 15)).OperatingProfit("Y3", "S1", 2026, -300_000m)
            .Evaluate(Cases.AfterEveryProfitYear).FindEntitlement(Rule, "Y3")!;

        reward.Basis.Should().Be(0m);
        reward.MinimumAmount.Should().Be(0m);
        reward.Grounds.Should().Equal(new LossYear(2026, 300_000m));
        reward.Modality.Should().Be(Modality.OwedMinimum);
    }

    [Fact]
    public void The_fifth_year_shares_and_the_sixth_does_not()
    {
        var decision = Implemented(new LocalDate(2024, 12, 31))
            .OperatingProfit("Y5", "S1", 2028, 500_000m)
            .OperatingProfit("Y6", "S1", 2029, 500_000m)
            .Evaluate(Cases.AfterEveryProfitYear);

        decision.FindEntitlement(Rule, "Y5")!.MinimumAmount.Should().Be(50_000m);
        decision.FindEntitlement(Rule, "Y6").Should().BeNull();
        decision.DeterminationsBy(Outside).Should().ContainSingle()
            .Which.Conditions[0].Reason.Should().Be(new ProfitYearWithinTerm(2029, 6, 2024, 2028, new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void Under_the_first_full_year_convention_the_window_moves_one_year()
    {
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { ProfitYears = ProfitYearConvention.FirstFullYearAfterProduction });
        var engine = new IncentiveEngine([pack]);
        var incentiveCase = Implemented(new LocalDate(2024, 3, 15))
            .OperatingProfit("Y0", "S1", 2024, 100_000m)
            .OperatingProfit("Y5", "S1", 2029, 100_000m)
            .Build();

        var decision = engine.Evaluate(incentiveCase, Cases.AfterEveryProfitYear);

        decision.FindEntitlement(Rule, "Y0").Should().BeNull("2024 is the production year, before the first full year");
        decision.FindEntitlement(Rule, "Y5")!.MinimumAmount.Should().Be(10_000m, "2029 is the 5th full year");
    }

    [Fact]
    public void Counted_from_the_production_date_five_years_of_profit_are_shared_the_end_years_by_their_days()
    {
        // Production 2024-12-20; span 2024-12-20 to 2029-12-19. 2024: 366,000.00 × 12/366 = 12,000.00, × 10% = 1,200.00.
        // 2025: whole year, 365,000.00 × 10% = 36,500.00. 2029: 365,000.00 × 353/365 = 353,000.00, × 10% = 35,300.00.
        // 2030 is outside the span.
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { ProfitYears = ProfitYearConvention.YearsFromProductionDate });
        var incentiveCase = Implemented(new LocalDate(2024, 12, 20))
            .OperatingProfit("Y0", "S1", 2024, 366_000m)
            .OperatingProfit("Y1", "S1", 2025, 365_000m)
            .OperatingProfit("Y5", "S1", 2029, 365_000m)
            .OperatingProfit("Y6", "S1", 2030, 365_000m)
            .Build();

        var decision = new IncentiveEngine([pack]).Evaluate(incentiveCase, new LocalDate(2031, 6, 30));

        decision.FindEntitlement(Rule, "Y0")!.MinimumAmount.Should().Be(1_200m);
        decision.FindEntitlement(Rule, "Y1")!.MinimumAmount.Should().Be(36_500m);
        decision.FindEntitlement(Rule, "Y5")!.MinimumAmount.Should().Be(35_300m);
        decision.FindEntitlement(Rule, "Y0")!.Grounds.Should().Equal(new ProfitYearInPart(2024, new LocalDate(2024, 12, 20), new LocalDate(2024, 12, 31), 12, 366));
        decision.FindEntitlement(Rule, "Y1")!.Grounds.Should().BeEmpty("a whole year counts whole");
        decision.FindEntitlement(Rule, "Y5")!.Grounds.Should().Equal(new ProfitYearInPart(2029, new LocalDate(2029, 1, 1), new LocalDate(2029, 12, 19), 353, 365));
        decision.FindEntitlement(Rule, "Y6").Should().BeNull();
        decision.DeterminationsBy("149-8-operating-profit-outside-term").Single().SubjectFactId.Should().Be("Y6");
    }

    [Fact]
    public void By_default_the_production_year_is_a_whole_profit_year_and_the_fifth_fiscal_year_the_last()
    {
        // ProductionYearIsFirst (the default): 2024 counts whole though production came on 2024-12-20; 2028 is the 5th year, 2029 not.
        var decision = Implemented(new LocalDate(2024, 12, 20))
            .OperatingProfit("Y0", "S1", 2024, 366_000m)
            .OperatingProfit("Y5", "S1", 2029, 365_000m)
            .Evaluate(new LocalDate(2031, 6, 30));

        decision.FindEntitlement(Rule, "Y0")!.MinimumAmount.Should().Be(36_600m);
        decision.FindEntitlement(Rule, "Y5").Should().BeNull();
    }

    [Fact]
    public void A_unit_with_its_own_rule_governs()
    {
        var decision = Implemented(new LocalDate(2024, 3, 15), ownRule: true).OperatingProfit("Y1", "S1", 2024, 1_000_000m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.Fired(Outside).Should().BeFalse();
        decision.DeterminationsBy("149-8-unit-terms-govern").Should().ContainSingle();
    }
}
