using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.NationalBaseline;

/// <summary>
/// 第四十五条（三） 应当在实施转化成功投产后连续三至五年，每年……提取不低于百分之五的比例: the 4th and 5th profit years are owed only if
/// the unit chose a term that reaches them; that turns on the unit's choice of term, at the item's fixed rate, not on discretion.
/// </summary>
public sealed class NationalOperatingProfitTermChosenByUnitTests
{
    private const string Rule = "law2015-45-3-term-chosen-by-unit";

    [Theory]
    [InlineData(2026, false)] // 3rd year: owed, not the unit's choice
    [InlineData(2027, true)] // 4th
    [InlineData(2028, true)] // 5th
    [InlineData(2029, false)] // 6th: outside any term
    public void Only_the_4th_and_5th_years_are_left_to_the_unit(int fiscalYear, bool leftToUnit)
    {
        var decision = Cases.Unit(UnitKind.PublicInstitution).SelfImplementation("S1", "A1", new LocalDate(2024, 12, 31))
            .OperatingProfit("Y", "S1", fiscalYear, 400_000m).EvaluateUnder(Packs.NationalOnly, Cases.AfterEveryProfitYear);

        decision.Fired(Rule).Should().Be(leftToUnit);
        if (leftToUnit)
        {
            var determination = decision.DeterminationsBy(Rule).Should().ContainSingle().Subject;
            determination.Status.Should().Be(DeterminationStatus.DependsOnTermChosen);
            determination.Modality.Should().Be(Modality.OwedMinimum, "应当…不低于百分之五: owed for the years of the term the unit chose");
            determination.Conditions.Select(c => (c.Name, c.Met))
                .Should().Equal(("fiscal-year-within-years-owed", false), ("fiscal-year-within-longest-term", true));
            decision.Entitlements.Should().BeEmpty();
        }
    }
}
