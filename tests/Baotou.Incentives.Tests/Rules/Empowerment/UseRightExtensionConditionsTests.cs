using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>
/// 149号·（二）: 在科研人员履行协议、科技成果转化取得积极进展、收益情况良好的情况下，试点单位可进一步延长科研人员长期使用权. The text says
/// when the unit may extend (可) and forbids nothing: an extension whose conditions fail is 不符合本条延长条件, not 不允许.
/// </summary>
public sealed class UseRightExtensionConditionsTests
{
    private const string Rule = "149-2-use-right-extension";

    [Theory]
    [InlineData(true, true, true, DeterminationStatus.Permitted, new string[0])]
    [InlineData(false, true, true, DeterminationStatus.ConditionsNotMet, new[] { "agreement-performed" })]
    [InlineData(true, false, true, DeterminationStatus.ConditionsNotMet, new[] { "positive-progress" })]
    [InlineData(true, true, false, DeterminationStatus.ConditionsNotMet, new[] { "good-income" })]
    [InlineData(false, false, false, DeterminationStatus.ConditionsNotMet, new[] { "agreement-performed", "positive-progress", "good-income" })]
    public void The_extension_conditions_are_met_only_when_all_three_hold_and_otherwise_not_met_never_forbidden(bool performed, bool progress, bool income, DeterminationStatus expected, string[] failed)
    {
        var decision = Cases.University()
            .UseRight("R1", "A1", new LocalDate(2024, 1, 1), new LocalDate(2034, 1, 1))
            .UseRightExtension("E1", "R1", new LocalDate(2033, 6, 1), performed, progress, income)
            .Evaluate();

        var extension = decision.DeterminationsBy(Rule).Should().ContainSingle().Subject;
        extension.SubjectFactId.Should().Be("E1");
        extension.Status.Should().Be(expected);
        extension.Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal(failed);
    }

    [Fact]
    public void The_reasons_name_the_use_right_extended()
    {
        var extension = Cases.University()
            .UseRight("R1", "A1", new LocalDate(2024, 1, 1), new LocalDate(2034, 1, 1))
            .UseRightExtension("E1", "R1", new LocalDate(2033, 6, 1), false, true, true)
            .Evaluate().DeterminationsBy(Rule).Single();

        extension.Conditions[0].Should().Be(new Condition("agreement-performed", false, new AgreementPerformed("R1")));
        extension.Modality.Should().Be(Modality.Encouraged);
    }

    [Fact]
    public void An_extension_naming_an_unknown_use_right_is_refused()
    {
        var act = () => Cases.University().UseRightExtension("E1", "R9", new LocalDate(2033, 6, 1), true, true, true).Build();

        act.Should().Throw<Baotou.Incentives.Validation.IncentiveValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Reason.Should().Be("names UseRightGrant 'R9', which is not in the case");
    }
}
