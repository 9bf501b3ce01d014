using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Channels;

/// <summary>
/// 149号·（六）, first sentence: 对获得财政科技经费支持的科技成果转化项目，支持科技特派员参与项目可行性研究、应用转化、实施管理等关键环节.
/// </summary>
public sealed class CommissionerParticipationTests
{
    private const string Rule = "149-6-commissioner-participation";

    private static Determination Decide(bool funded, bool helped = true) =>
        Cases.University().Commissioner("M1", "王特派员", "A1", CommissionerRole.FeasibilityStudy, funded, helped, Cases.Signed).Evaluate()
            .DeterminationsBy(Rule).Should().ContainSingle().Subject;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void On_a_project_with_fiscal_funds_taking_part_is_supported_whether_or_not_they_helped_it_land(bool helped)
    {
        var decision = Decide(funded: true, helped);

        decision.Id.Should().Be("149-6-commissioner-participation/M1#commissioner-participation");
        decision.Status.Should().Be(DeterminationStatus.Eligible);
        decision.Modality.Should().Be(Modality.Encouraged, "（六） 支持科技特派员参与: encouraged, no duty and no amount");
        decision.Conditions.Should().Equal(
            new Condition("fiscal-funding", true, new FiscalFunding()),
            new Condition("key-stage", true, new TookPartInKeyStage("王特派员", CommissionerRole.FeasibilityStudy)));
    }

    [Fact]
    public void A_project_without_fiscal_funds_is_outside_this_sentence_and_says_so()
    {
        var decision = Decide(funded: false);

        decision.Status.Should().Be(DeterminationStatus.NotCovered);
        decision.Conditions.Where(c => !c.Met).Should().Equal(new Condition("fiscal-funding", false, new FiscalFunding()));
    }
}
