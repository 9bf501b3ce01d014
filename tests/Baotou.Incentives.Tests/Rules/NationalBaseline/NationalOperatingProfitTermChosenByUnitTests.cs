using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.NationalBaseline;

/// <summary>第四十五条（三） 连续三至五年: the 4th and 5th profit years are owed only if the unit chose the longer term.</summary>
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
            determination.Status.Should().Be(DeterminationStatus.Discretionary);
            determination.Conditions.Select(c => (c.Name, c.Met))
                .Should().Equal(("fiscal-year-within-years-owed", false), ("fiscal-year-within-longest-term", true));
            decision.Entitlements.Should().BeEmpty();
        }
    }
}
