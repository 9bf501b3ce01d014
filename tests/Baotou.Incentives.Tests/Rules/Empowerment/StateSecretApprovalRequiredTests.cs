using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>
/// 149号·（十二）: 涉及国家秘密的职务科技成果的赋权和转化，要严格执行科学技术保密制度，依法依规进行审批. Empowerment under （一）（二）
/// is blocked until an approval dated on or before it is recorded.
/// </summary>
public sealed class StateSecretApprovalRequiredTests
{
    private const string Rule = "149-12-secrecy-approval";
    private const string OwnershipBlocked = "149-12-ownership-blocked";
    private const string UseRightBlocked = "149-12-use-right-blocked";
    private static readonly LocalDate Arranged = new(2024, 5, 1);

    private static IncentiveCaseBuilder Classified() =>
        Cases.University().StateSecret("K1", "A1")
            .Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Arranged, 0.5m, 0.5m)
            .UseRight("R1", "A1", Arranged, Arranged.PlusYears(10));

    [Fact]
    public void Without_approval_the_duty_reads_breached_by_the_acts_already_made_and_both_empowerments_are_blocked()
    {
        var decision = Classified().Evaluate();

        var obligation = decision.Obligations.Should().ContainSingle(o => o.RuleId == Rule).Subject;
        obligation.State.Should().Be(ObligationState.Breached, "the arrangement and the use right of 2024-05-01 were made with no approval");
        obligation.Id.Should().Be("149-12-secrecy-approval/A1#secrecy-approval");
        decision.DeterminationsBy(Rule).Should().ContainSingle().Which.Status.Should().Be(DeterminationStatus.ApprovalRequired);
        decision.DeterminationsBy(OwnershipBlocked).Should().ContainSingle().Which.Should().Match<Determination>(d =>
            d.Status == DeterminationStatus.Blocked && d.SubjectFactId == "O1");
        decision.DeterminationsBy(UseRightBlocked).Should().ContainSingle().Which.Conditions.Should().Equal(new Condition(
            "approved-before-empowerment", false, new NoApprovalBeforeEmpowerment(nameof(UseRightGrant), new LocalDate(2024, 5, 1))));
        obligation.Modality.Should().Be(Modality.Required, "要严格执行科学技术保密制度，依法依规进行审批");
        obligation.Requirement.Should().Be(new ObtainSecrecyApproval("A1", "测试成果"));
    }

    [Fact]
    public void An_approval_on_the_day_of_the_arrangement_unblocks_it()
    {
        var decision = Classified().SecrecyApproval("K2", "A1", Arranged, "市保密局").Evaluate();

        decision.Obligations.Single(o => o.RuleId == Rule).State.Should().Be(ObligationState.Fulfilled);
        decision.Fired(OwnershipBlocked).Should().BeFalse();
        decision.Fired(UseRightBlocked).Should().BeFalse();
        decision.DeterminationsBy(Rule).Single().Conditions.Single().Reason.Should().Be(new SecrecyApproved("K2", new LocalDate(2024, 5, 1), "市保密局"));
    }

    [Fact]
    public void An_approval_the_day_after_does_not_mend_an_arrangement_already_made()
    {
        var decision = Classified().SecrecyApproval("K2", "A1", Arranged.PlusDays(1), "市保密局").Evaluate();

        decision.Obligations.Single(o => o.RuleId == Rule).State.Should().Be(ObligationState.Breached,
            "an approval of 2024-05-02 came after the acts of 2024-05-01: the duty was not met in time, though an approval exists");
        decision.DeterminationsBy(OwnershipBlocked).Should().ContainSingle().Which.Conditions.Single().Reason
            .Should().Be(new ApprovalAfterEmpowerment(nameof(OwnershipArrangement), new LocalDate(2024, 5, 1), "K2", new LocalDate(2024, 5, 2)));
    }

    [Fact]
    public void With_no_act_yet_the_duty_is_outstanding_until_an_approval_is_recorded_and_then_fulfilled()
    {
        var nothingDone = Cases.University().StateSecret("K1", "A1");

        nothingDone.Evaluate().Obligations.Single(o => o.RuleId == Rule).State.Should().Be(ObligationState.Outstanding);
        nothingDone.SecrecyApproval("K2", "A1", Arranged, "市保密局").Evaluate()
            .Obligations.Single(o => o.RuleId == Rule).State.Should().Be(ObligationState.Fulfilled);
    }

    [Fact]
    public void A_transfer_signed_the_day_before_the_approval_breaches_the_duty_and_one_signed_on_its_day_fulfils_it()
    {
        // 依法依规进行审批 before the transformation: an approval of 2024-03-01 covers a contract signed 2024-03-01, not one of 2024-02-29.
        var approved = new LocalDate(2024, 3, 1);
        IncentiveDecision SignedOn(LocalDate signed) => Cases.University().StateSecret("K1", "A1").SecrecyApproval("K2", "A1", approved, "市保密局")
            .WithMoneyContract(TransformationMode.Transfer, 100_000m, signedOn: signed).Evaluate();

        SignedOn(approved.PlusDays(-1)).Obligations.Single(o => o.RuleId == Rule).State.Should().Be(ObligationState.Breached);
        SignedOn(approved).Obligations.Single(o => o.RuleId == Rule).State.Should().Be(ObligationState.Fulfilled);
    }

    [Fact]
    public void An_achievement_without_state_secrets_needs_no_approval()
    {
        var decision = Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Arranged, 0.5m, 0.5m).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.Fired(OwnershipBlocked).Should().BeFalse();
        decision.Obligations.Should().BeEmpty();
    }
}
