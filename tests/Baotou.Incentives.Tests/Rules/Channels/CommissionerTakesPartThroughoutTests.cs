using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Channels;

/// <summary>
/// 149号·（六）, its opening words: 支持鼓励科技特派员全程参与科技成果转化工作. The sentence has no condition of fiscal funding (that
/// belongs to the next clause, 对获得财政科技经费支持的科技成果转化项目…), so every commissioner taking part in a transformation is
/// supported and encouraged to take part throughout.
/// </summary>
public sealed class CommissionerTakesPartThroughoutTests
{
    private const string Rule = "149-6-commissioner-throughout";

    private static IncentiveDecision Evaluate(bool funded) =>
        Cases.University().Commissioner("M1", "王特派员", "A1", CommissionerRole.ApplicationAndTransformation, funded, false, Cases.Signed).Evaluate();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Taking_part_throughout_is_supported_and_encouraged_with_or_without_fiscal_funds(bool funded)
    {
        var decision = Evaluate(funded).DeterminationsBy(Rule).Should().ContainSingle().Subject;

        decision.Id.Should().Be("149-6-commissioner-throughout/M1#commissioner-throughout");
        decision.Status.Should().Be(DeterminationStatus.Applies);
        decision.Modality.Should().Be(Modality.Encouraged, "支持鼓励: encouraged, no duty and no amount");
        decision.Conditions.Should().Equal(new Condition("takes-part-in-transformation", true, new TakesPartThroughout("王特派员", "测试成果")));
    }

    [Fact]
    public void Without_fiscal_funds_only_the_key_stage_sentence_is_outside_and_the_commissioner_is_not_left_with_not_covered_alone()
    {
        // 对获得财政科技经费支持的…项目，支持科技特派员参与…关键环节 is outside; 支持鼓励…全程参与 still applies.
        var decision = Evaluate(funded: false);

        decision.DeterminationsBy("149-6-commissioner-participation").Single().Status.Should().Be(DeterminationStatus.NotCovered);
        decision.DeterminationsBy(Rule).Single().Status.Should().Be(DeterminationStatus.Applies);
    }
}
