using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.NationalBaseline;

/// <summary>
/// 《促进科技成果转化法》第四十五条（三）: 从实施转化成功投产后连续三至五年，每年从实施该项科技成果的营业利润中提取不低于百分之五的比例.
/// A year not ended by the evaluation date is not yet known: listed, not counted, under the law as under 149号.
/// </summary>
public sealed class ProfitYearNotEndedUnderTheLawTests
{
    private const string Rule = "law2015-45-3-profit-year-not-ended";

    [Fact]
    public void Under_both_packs_each_document_lists_the_year_not_ended_and_neither_counts_it()
    {
        // Evaluated 2025-06-30: 2024 counts (149号 10% = 100,000.00 governs over the law's 5% = 50,000.00); 2025 is not yet known.
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise).SelfImplementation("S1", "A1", new LocalDate(2024, 5, 1))
            .OperatingProfit("Y2024", "S1", 2024, 1_000_000m)
            .OperatingProfit("Y2025", "S1", 2025, 2_000_000m)
            .EvaluateUnder(Packs.Both, new LocalDate(2025, 6, 30));

        decision.Entitlements.Should().ContainSingle().Which.Should().Match<Entitlement>(e => e.SubjectFactId == "Y2024" && e.MinimumAmount == 100_000m);
        decision.DeterminationsBy(Rule).Should().ContainSingle().Which.Should().Match<Determination>(d =>
            d.SubjectFactId == "Y2025" && d.Status == DeterminationStatus.NotYetKnown && d.Clause == "促进科技成果转化法·第四十五条（三）");
        decision.DeterminationsBy("149-8-profit-year-not-ended").Should().ContainSingle();
    }

    [Fact]
    public void A_unit_with_its_own_rule_is_told_too_since_the_second_paragraph_reads_the_same_years()
    {
        var decision = Cases.Unit(UnitKind.University, ownRule: true).SelfImplementation("S1", "A1", new LocalDate(2024, 5, 1))
            .OperatingProfit("Y2025", "S1", 2025, 2_000_000m)
            .EvaluateUnder(Packs.NationalOnly, new LocalDate(2025, 6, 30));

        decision.DeterminationsBy(Rule).Should().ContainSingle().Which.SubjectFactId.Should().Be("Y2025");
        decision.Entitlements.Should().BeEmpty();
    }
}
