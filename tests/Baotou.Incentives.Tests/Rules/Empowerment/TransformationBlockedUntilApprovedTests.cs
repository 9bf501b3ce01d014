using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>
/// 149号·（十二）: 涉及国家秘密的职务科技成果的<b>赋权和转化</b>，要严格执行科学技术保密制度，依法依规进行审批. The transformation itself
/// (a transfer, licence or equity investment of the classified achievement) needs the approval first, as empowerment does.
/// </summary>
public sealed class TransformationBlockedUntilApprovedTests
{
    private const string Rule = "149-12-transformation-blocked";

    private static IncentiveDecision Transfer(LocalDate? approvedOn, TransformationMode mode = TransformationMode.Transfer)
    {
        var builder = Cases.University().StateSecret("K1", "A1").WithMoneyContract(mode, 1_000_000m);
        return (approvedOn is { } on ? builder.SecrecyApproval("S1", "A1", on, "国家保密局") : builder).Evaluate();
    }

    [Theory]
    [InlineData(TransformationMode.Transfer)]
    [InlineData(TransformationMode.Licence)]
    public void A_transformation_of_a_classified_achievement_without_approval_is_blocked(TransformationMode mode)
    {
        var decision = Transfer(approvedOn: null, mode);

        var blocked = decision.DeterminationsBy(Rule).Should().ContainSingle().Subject;
        blocked.Id.Should().Be("149-12-transformation-blocked/C1#secrecy-approval");
        blocked.Status.Should().Be(DeterminationStatus.Blocked);
        blocked.Modality.Should().Be(Modality.Required, "（十二） 要严格执行科学技术保密制度，依法依规进行审批");
        blocked.Conditions.Should().Equal(new Condition("approved-before-transformation", false, new NoApprovalBeforeTransformation("C1", mode, Cases.Signed)));
        // The 80% is still shown beside the finding: 1,000,000.00 × 80% = 800,000.00 if the transformation stands.
        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.MinimumAmount.Should().Be(800_000m);
    }

    [Fact]
    public void An_approval_on_the_day_of_signing_clears_it()
    {
        Transfer(Cases.Signed).Fired(Rule).Should().BeFalse();
    }

    [Fact]
    public void An_approval_one_day_after_signing_comes_too_late_and_is_named()
    {
        var blocked = Transfer(Cases.Signed.PlusDays(1)).DeterminationsBy(Rule).Should().ContainSingle().Subject;

        blocked.Status.Should().Be(DeterminationStatus.Blocked);
        blocked.Conditions.Should().Equal(new Condition("approved-before-transformation", false,
            new ApprovalAfterTransformation("C1", TransformationMode.Transfer, Cases.Signed, "S1", new LocalDate(2024, 3, 2))));
    }

    [Fact]
    public void An_achievement_without_state_secrets_is_not_blocked()
    {
        Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate().Fired(Rule).Should().BeFalse();
    }
}
