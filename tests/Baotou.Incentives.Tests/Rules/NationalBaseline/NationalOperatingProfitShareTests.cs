using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.NationalBaseline;

/// <summary>
/// 促进科技成果转化法 第四十五条（三）: 实施转化成功投产后连续三至五年，每年从实施该项科技成果的营业利润中提取不低于百分之五的比例.
/// Read as: the first three profit years are owed; the fourth and fifth only if the unit chose the longer term; the sixth
/// never. Production in 2024 makes 2024–2026 owed, 2027–2028 the unit's choice, 2029 outside.
/// </summary>
public sealed class NationalOperatingProfitShareTests
{
    private const string Rule = "law2015-45-3-operating-profit";
    private const string Chosen = "law2015-45-3-term-chosen-by-unit";

    private static IncentiveCaseBuilder SixProfitYears(UnitKind kind)
    {
        var builder = Cases.Unit(kind).SelfImplementation("S1", "A1", new LocalDate(2024, 5, 1));
        for (var year = 2024; year <= 2029; year++)
        {
            builder.OperatingProfit($"Y{year}", "S1", year, 1_000_000m);
        }

        return builder;
    }

    [Fact]
    public void The_first_three_years_owe_5_percent_the_4th_and_5th_are_the_units_choice_the_6th_nothing()
    {
        var decision = SixProfitYears(UnitKind.PublicInstitution).EvaluateUnder(Packs.NationalOnly, Cases.AfterEveryProfitYear);

        // 1,000,000.00 × 5% = 50,000.00 in each of 2024, 2025, 2026.
        decision.Entitlements.Where(e => e.RuleId == Rule).Select(e => (e.SubjectFactId, e.MinimumAmount))
            .Should().Equal(("Y2024", 50_000m), ("Y2025", 50_000m), ("Y2026", 50_000m));
        decision.DeterminationsBy(Chosen).Select(d => (d.SubjectFactId, d.Status))
            .Should().Equal(("Y2027", DeterminationStatus.DependsOnTermChosen), ("Y2028", DeterminationStatus.DependsOnTermChosen));
        decision.Determinations.Should().NotContain(d => d.SubjectFactId == "Y2029");
    }

    [Fact]
    public void A_loss_year_owes_nothing()
    {
        var decision = Cases.Unit(UnitKind.Other).SelfImplementation("S1", "A1", new LocalDate(2024, 5, 1))
            .OperatingProfit("Y1", "S1", 2025, -80_000m).EvaluateUnder(Packs.NationalOnly);

        decision.FindEntitlement(Rule, "Y1")!.MinimumAmount.Should().Be(0m);
    }

    [Fact]
    public void Under_both_packs_149s_10_percent_over_5_years_governs_every_year()
    {
        var decision = SixProfitYears(UnitKind.StateOwnedEnterprise).EvaluateUnder(Packs.Both, Cases.AfterEveryProfitYear);

        // 149号·（八）: 1,000,000.00 × 10% = 100,000.00 in each of 2024–2028; 2029 is its 6th year.
        decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Select(e => (e.RuleId, e.SubjectFactId, e.MinimumAmount))
            .Should().Equal(
                ("149-8-operating-profit", "Y2024", 100_000m),
                ("149-8-operating-profit", "Y2025", 100_000m),
                ("149-8-operating-profit", "Y2026", 100_000m),
                ("149-8-operating-profit", "Y2027", 100_000m),
                ("149-8-operating-profit", "Y2028", 100_000m));

        // The national 50,000.00 of 2024–2026 are set aside, never added.
        decision.SupersededEntitlements.Select(e => (e.RuleId, e.SubjectFactId, e.MinimumAmount))
            .Should().Equal((Rule, "Y2024", 50_000m), (Rule, "Y2025", 50_000m), (Rule, "Y2026", 50_000m));
        decision.Entitlements.Sum(e => e.MinimumAmount).Should().Be(500_000m);
    }
}
