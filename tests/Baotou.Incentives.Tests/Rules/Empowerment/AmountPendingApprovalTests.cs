using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>
/// 149号·（十二）: 涉及国家秘密的职务科技成果的赋权和转化，要严格执行科学技术保密制度，依法依规进行审批. A transformation of a classified
/// achievement made before its approval is blocked, and every amount computed on it is pending that approval: shown, linked to
/// the finding, never owed without qualification, and in no owed total.
/// </summary>
public sealed class AmountPendingApprovalTests
{
    private const string Rule = "149-12-amount-pending-approval";
    private const string Blocked = "149-12-transformation-blocked";
    private static readonly LocalDate Signed = new(2024, 3, 1);

    private static IncentiveCaseBuilder ClassifiedTransfer(LocalDate? approvedOn) =>
        Qualified(Cases.University().StateSecret("K1", "A1"), approvedOn)
            .WithMoneyContract(TransformationMode.Transfer, 1_000_000m, signedOn: Signed)
            .TransferOffice("T1", "C1", "技术转移中心");

    private static IncentiveCaseBuilder Qualified(IncentiveCaseBuilder builder, LocalDate? approvedOn) =>
        approvedOn is { } on ? builder.SecrecyApproval("K2", "A1", on, "市保密局") : builder;

    [Fact]
    public void Without_an_approval_every_amount_on_the_transfer_is_pending_it_and_linked_to_the_finding()
    {
        // Net 1,000,000.00 under both packs: （八）80% = 800,000.00 owed, the law's 50% = 500,000.00 set aside as the lower floor,
        // （五）5% = 50,000.00. All three are computed on C1, which （十二）blocks: each is pending, the set-aside one too.
        var decision = ClassifiedTransfer(approvedOn: null).EvaluateUnder(Packs.Both);

        var blocked = decision.DeterminationsBy(Blocked).Should().ContainSingle().Subject;
        var pending = decision.DeterminationsBy(Rule).ToArray();
        pending.Select(d => d.SubjectFactId).Should().Equal(
            "149-5-transfer-office-staff-reward/T1", "149-8-transfer-licence-net-income/C1", "law2015-45-1-net-income/C1");
        pending.Should().AllSatisfy(d =>
        {
            d.Status.Should().Be(DeterminationStatus.PendingApproval);
            d.Topic.Should().Be("pending-approval");
            d.Clause.Should().Be("149号·（十二）");
        });
        pending[1].Conditions.Should().Equal(new Condition("transformation-approved", false, new AmountPendingApproval(800_000m, "C1")));

        decision.Entitlements.Concat(decision.SupersededEntitlements).Should().AllSatisfy(e =>
            e.QualifiedBy.Should().Be(pending.Single(d => d.SubjectFactId == e.Id).Id));
        blocked.SubjectFactId.Should().Be("C1");
    }

    [Fact]
    public void An_approval_on_the_day_of_signing_leaves_nothing_pending()
    {
        var decision = ClassifiedTransfer(approvedOn: Signed).EvaluateUnder(Packs.Both);

        decision.Fired(Blocked).Should().BeFalse();
        decision.Fired(Rule).Should().BeFalse();
        decision.Entitlements.Should().OnlyContain(e => e.QualifiedBy == null);
    }

    [Fact]
    public void An_approval_the_day_after_signing_leaves_every_amount_pending()
    {
        var decision = ClassifiedTransfer(approvedOn: Signed.PlusDays(1)).EvaluateUnder(Packs.Both);

        decision.DeterminationsBy(Rule).Should().HaveCount(3);
        decision.Entitlements.Should().OnlyContain(e => e.QualifiedBy != null);
    }

    [Fact]
    public void Only_the_blocked_contracts_amounts_are_pending_not_those_of_an_unclassified_achievement()
    {
        // A second achievement without secrets, licensed for 300,000.00: 80% = 240,000.00, owed without qualification.
        var decision = ClassifiedTransfer(approvedOn: null)
            .Achievement("A2", "U1", "另一成果", "另一团队")
            .Contract("C2", "A2", TransformationMode.Licence, Signed, 300_000m).Payment("P2", "C2", Signed.PlusDays(5), 300_000m)
            .Evaluate();

        decision.FindEntitlement("149-8-transfer-licence-net-income", "C2")!.QualifiedBy.Should().BeNull();
        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.QualifiedBy.Should().NotBeNull();
    }

    [Fact]
    public void The_report_shows_the_amount_as_pending_and_leaves_it_out_of_the_owed_total()
    {
        // Owed to the team under 149号: 80% of C1's 1,000,000.00 = 800,000.00 (pending), of C2's 300,000.00 = 240,000.00 and of
        // C3's 200,000.00 = 160,000.00. The owed total is 240,000.00 + 160,000.00 = 400,000.00, never 1,200,000.00.
        var record = Cases.Engine.Record(ClassifiedTransfer(approvedOn: null)
            .Achievement("A2", "U1", "另一成果", "另一团队")
            .Contract("C2", "A2", TransformationMode.Licence, Signed, 300_000m).Payment("P2", "C2", Signed.PlusDays(5), 300_000m)
            .Contract("C3", "A2", TransformationMode.Licence, Signed, 200_000m).Payment("P3", "C3", Signed.PlusDays(5), 200_000m)
            .Build(), Cases.Evaluated);

        var summary = Explanations.DecisionReportTests.Section(
            Baotou.Incentives.Explanations.DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese), "## 各受益人汇总", "## 输入事实");

        summary.Should().Contain("800,000.00](#").And.Contain("（待审批，不计入合计）")
            .And.Contain("| 成果完成团队 | 合计（应不低于，不含未叠加项和待审批项） |  |  | 400,000.00 | 应不低于 |");
        summary.Should().NotContain("1,200,000.00");
    }

    [Fact]
    public void An_owed_assertion_of_the_testing_package_does_not_count_a_pending_amount()
    {
        var decision = ClassifiedTransfer(approvedOn: null).Evaluate();

        var owed = () => Baotou.Incentives.Testing.DecisionExtensions.Should(decision)
            .GrantAtLeast(Beneficiary.CompletingTeam, 800_000m, "149号·（八）");
        owed.Should().Throw<Xunit.Sdk.XunitException>().Which.Message.Should().Contain("pending an approval, not owed");
    }
}
