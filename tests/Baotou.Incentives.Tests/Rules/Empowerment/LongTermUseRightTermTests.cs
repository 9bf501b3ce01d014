using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>
/// 149号·（二）: 不低于10年的长期使用权……应签署书面协议，合理约定成果的收益分配等事项. Terms are calendar periods. 鼓励…开展…试点 forbids
/// nothing: a shorter term or a missing agreement does not meet this pilot's conditions (不符合本条条件), it is not 不允许.
/// </summary>
public sealed class LongTermUseRightTermTests
{
    private const string Rule = "149-2-use-right";
    private static readonly LocalDate Start = new(2024, 1, 1);

    private static Determination Decide(LocalDate ends, bool signed = true, bool distribution = true) =>
        Cases.University().UseRight("R1", "A1", Start, ends, signed, distribution).Evaluate()
            .DeterminationsBy(Rule).Should().ContainSingle().Subject;

    [Fact]
    public void Exactly_ten_years_is_permitted()
    {
        // 2024-01-01 + 10 years = 2034-01-01.
        var decision = Decide(new LocalDate(2034, 1, 1));

        decision.Status.Should().Be(DeterminationStatus.Permitted);
        decision.Modality.Should().Be(Modality.Encouraged, "鼓励…开展赋予科研人员不低于10年的长期使用权试点");
        decision.Conditions[0].Should().Be(new Condition("term-at-least-minimum", true,
            new UseRightTerm(new LocalDate(2024, 1, 1), new LocalDate(2034, 1, 1), 10, 0, 0, 10m, new LocalDate(2034, 1, 1))));
    }

    [Fact]
    public void Nine_years_364_days_does_not_meet_the_pilots_ten_years_and_is_not_forbidden()
    {
        // 2024-01-01 to 2033-12-31: 9 years 11 months 30 days, one day short.
        var decision = Decide(new LocalDate(2033, 12, 31));

        decision.Status.Should().Be(DeterminationStatus.ConditionsNotMet, "不低于10年 is the pilot's condition; nothing forbids a shorter term");
        decision.Conditions[0].Should().Be(new Condition("term-at-least-minimum", false,
            new UseRightTerm(new LocalDate(2024, 1, 1), new LocalDate(2033, 12, 31), 9, 11, 30, 10m, new LocalDate(2034, 1, 1))));
    }

    [Fact]
    public void A_term_starting_on_29_February_reaches_ten_years_on_28_February()
    {
        // NodaTime adds years to 2024-02-29 as 2034-02-28 (no 29 February in 2034).
        var decision = Cases.University().UseRight("R1", "A1", new LocalDate(2024, 2, 29), new LocalDate(2034, 2, 28)).Evaluate()
            .DeterminationsBy(Rule).Single();

        decision.Status.Should().Be(DeterminationStatus.Permitted);
    }

    [Theory]
    [InlineData(false, true, "signed-agreement")]
    [InlineData(true, false, "agreement-sets-income-distribution")]
    public void The_agreement_must_be_signed_and_set_income_distribution(bool signed, bool distribution, string failed)
    {
        var decision = Decide(new LocalDate(2040, 1, 1), signed, distribution);

        decision.Status.Should().Be(DeterminationStatus.ConditionsNotMet);
        decision.Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal(failed);
    }

    [Fact]
    public void An_end_on_or_before_the_start_is_refused_when_the_case_is_built()
    {
        var act = () => Cases.University().UseRight("R1", "A1", Start, Start).Build();

        act.Should().Throw<Baotou.Incentives.Validation.IncentiveValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Be(new Baotou.Incentives.Validation.ValidationProblem(
                "UseRightGrant", "R1", "EndsOn", "must be after StartsOn 2024-01-01; was 2024-01-01"));
    }
}
