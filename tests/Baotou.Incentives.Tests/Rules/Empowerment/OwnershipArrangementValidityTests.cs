using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>
/// 149号·（一）: 试点单位与科技成果完成人（团队）应签署书面协议，在明确科技成果转化权益前提下，单位可与成果完成人成为共同所有权人；
/// 也可将单位留存的所有权份额……让渡给成果完成人，科研人员获得全部所有权后，自主转化. Pilots are 高校、科研院所. The measure only
/// encourages (鼓励高校、科研院所开展…试点) and forbids nothing: an arrangement outside the pilot is 不属于本条试点, one that misses a
/// condition 不符合本条条件, never 不允许.
/// </summary>
public sealed class OwnershipArrangementValidityTests
{
    private const string Rule = "149-1-ownership-arrangement";

    private static Determination Decide(IncentiveCaseBuilder builder) =>
        builder.Evaluate().DeterminationsBy(Rule).Should().ContainSingle().Subject;

    private static IEnumerable<string> Failed(Determination d) => d.Conditions.Where(c => !c.Met).Select(c => c.Name);

    [Theory]
    [InlineData(UnitKind.University)]
    [InlineData(UnitKind.ResearchInstitute)]
    public void Co_ownership_under_a_signed_agreement_with_shares_making_100_percent_is_permitted(UnitKind kind)
    {
        // 30% + 70% = 100%; both hold a share; agreement signed and rights defined.
        var decision = Decide(Cases.Unit(kind).Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Cases.Signed, 0.3m, 0.7m));

        decision.Status.Should().Be(DeterminationStatus.Permitted);
        decision.Clause.Should().Be("149号·（一）");
        decision.Conditions.Select(c => c.Name).Should().Equal(
            "pilot-unit", "signed-written-agreement", "transformation-rights-defined", "shares-add-up-to-whole", "shares-fit-arrangement");
        decision.Conditions.Should().OnlyContain(c => c.Met);
        decision.Conditions[3].Reason.Should().Be(new SharesMakeWhole(0.3m, 0.7m, 1.0m));
        decision.Modality.Should().Be(Modality.Encouraged);
    }

    [Theory]
    [InlineData(0.3, 0.6999, 0.9999)]
    [InlineData(0.3, 0.7001, 1.0001)]
    public void Shares_one_hundredth_of_a_percent_off_the_whole_do_not_meet_the_measures_conditions(double unit, double team, double total)
    {
        var decision = Decide(Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Cases.Signed, (decimal)unit, (decimal)team));

        decision.Status.Should().Be(DeterminationStatus.ConditionsNotMet, "不符合本条条件: the text forbids nothing");
        Failed(decision).Should().Equal("shares-add-up-to-whole");
        decision.Conditions[3].Reason.Should().Be(new SharesMakeWhole((decimal)unit, (decimal)team, (decimal)total));
    }

    [Fact]
    public void Transferring_the_units_share_leaves_the_team_owning_it_all()
    {
        var decision = Decide(Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.TransferOfUnitShare, Cases.Signed, 0m, 1m));

        decision.Status.Should().Be(DeterminationStatus.Permitted);
    }

    [Fact]
    public void A_transfer_that_leaves_the_unit_a_share_does_not_fit_the_arrangement()
    {
        // 10% + 90% = 100%, but after 让渡 the team must hold 全部所有权.
        var decision = Decide(Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.TransferOfUnitShare, Cases.Signed, 0.1m, 0.9m));

        decision.Status.Should().Be(DeterminationStatus.ConditionsNotMet);
        Failed(decision).Should().Equal("shares-fit-arrangement");
    }

    [Fact]
    public void Co_ownership_in_which_the_unit_keeps_nothing_does_not_fit_the_arrangement()
    {
        var decision = Decide(Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Cases.Signed, 0m, 1m));

        Failed(decision).Should().Equal("shares-fit-arrangement");
    }

    [Fact]
    public void Without_a_signed_agreement_that_defines_the_rights_the_measures_conditions_are_not_met_naming_both()
    {
        // 试点单位与科技成果完成人（团队）应签署书面协议，在明确科技成果转化权益前提下.
        var decision = Decide(Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Cases.Signed, 0.5m, 0.5m,
            signedWrittenAgreement: false, rightsDefined: false));

        decision.Status.Should().Be(DeterminationStatus.ConditionsNotMet);
        Failed(decision).Should().Equal("signed-written-agreement", "transformation-rights-defined");
    }

    [Theory]
    [InlineData(UnitKind.StateOwnedEnterprise)]
    [InlineData(UnitKind.PublicInstitution)]
    public void A_unit_other_than_a_university_or_research_institute_is_outside_the_pilot_not_refused(UnitKind kind)
    {
        // 鼓励高校、科研院所开展赋予科研人员职务科技成果所有权试点: other units are 不属于本条试点; nothing forbids them.
        var decision = Decide(Cases.Unit(kind).Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Cases.Signed, 0.5m, 0.5m));

        decision.Status.Should().Be(DeterminationStatus.OutsidePilot);
        decision.Modality.Should().Be(Modality.Encouraged);
        Failed(decision).Should().Equal("pilot-unit");
        decision.Conditions[0].Reason.Should().Be(new PilotUnit("测试单位", kind));
    }

    [Fact]
    public void An_arrangement_before_149_took_effect_is_not_covered()
    {
        var decision = Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, new LocalDate(2023, 12, 17), 0.5m, 0.5m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.DeterminationsBy("149-commencement-not-covered").Should().ContainSingle().Which.SubjectFactId.Should().Be("O1");
    }
}
