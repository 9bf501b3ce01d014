using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Derived;

/// <summary>
/// The non-money measures decide by conditions, and an auditor reads each condition's words: every condition of every
/// such rule is checked here word for word, met and failed, with the determination's id (rule, fact, topic).
/// </summary>
public sealed class ReasonsOfTheOtherMeasuresTests
{
    private static Determination Only(IncentiveDecision decision, string rule) => decision.DeterminationsBy(rule).Should().ContainSingle().Subject;

    [Fact]
    public void Ownership_conditions_met_and_failed()
    {
        var met = Only(Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Cases.Signed, 0.4m, 0.6m).Evaluate(), "149-1-ownership-arrangement");
        var failed = Only(Cases.Unit(UnitKind.Other).Ownership("O1", "A1", OwnershipArrangementKind.TransferOfUnitShare, Cases.Signed, 0.2m, 0.7m, false, false).Evaluate(), "149-1-ownership-arrangement");

        met.Id.Should().Be("149-1-ownership-arrangement/O1#ownership");
        met.Conditions.Should().Equal(
            new Condition("pilot-unit", true, "测试单位 is a University; pilots are universities and research institutes (高校、科研院所)"),
            new Condition("signed-written-agreement", true, "a written agreement was signed"),
            new Condition("transformation-rights-defined", true, "the agreement makes the transformation rights clear"),
            new Condition("shares-add-up-to-whole", true, "unit 40% + team 60% = 100%; the shares must make 100%"),
            new Condition("shares-fit-arrangement", true, "co-ownership (共同所有权人): unit and team must each hold a share; unit 40%, team 60%"));
        failed.Conditions.Should().Equal(
            new Condition("pilot-unit", false, "测试单位 is a Other; pilots are universities and research institutes (高校、科研院所)"),
            new Condition("signed-written-agreement", false, "no written agreement was signed (应签署书面协议)"),
            new Condition("transformation-rights-defined", false, "the agreement does not make the transformation rights clear (明确科技成果转化权益)"),
            new Condition("shares-add-up-to-whole", false, "unit 20% + team 70% = 90%; the shares must make 100%"),
            new Condition("shares-fit-arrangement", false, "transfer of the unit's share (让渡): the team must then hold all ownership and transform it itself (获得全部所有权后，自主转化); team 70%"));
    }

    [Fact]
    public void Co_ownership_in_which_the_team_holds_nothing_does_not_fit()
    {
        var decision = Only(Cases.University().Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Cases.Signed, 1m, 0m).Evaluate(), "149-1-ownership-arrangement");

        decision.Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal("shares-fit-arrangement");
    }

    [Fact]
    public void Use_right_and_extension_conditions_met_and_failed()
    {
        var start = new LocalDate(2024, 1, 1);
        var met = Cases.University().UseRight("R1", "A1", start, start.PlusYears(12))
            .UseRightExtension("E1", "R1", start.PlusYears(11), true, true, true).Evaluate();
        var failed = Cases.University().UseRight("R1", "A1", start, start.PlusYears(12), false, false)
            .UseRightExtension("E1", "R1", start.PlusYears(11), false, false, false).Evaluate();

        Only(met, "149-2-use-right").Id.Should().Be("149-2-use-right/R1#use-right-term");
        Only(met, "149-2-use-right").Conditions.Skip(1).Should().Equal(
            new Condition("signed-agreement", true, "a written agreement was signed"),
            new Condition("agreement-sets-income-distribution", true, "the agreement sets how income is distributed"));
        Only(failed, "149-2-use-right").Conditions.Skip(1).Should().Equal(
            new Condition("signed-agreement", false, "no written agreement was signed (应签署书面协议)"),
            new Condition("agreement-sets-income-distribution", false, "the agreement does not set how income is distributed (合理约定成果的收益分配等事项)"));
        Only(met, "149-2-use-right-extension").Id.Should().Be("149-2-use-right-extension/E1#use-right-extension");
        Only(met, "149-2-use-right-extension").Conditions.Select(c => c.Detail).Should().Equal(
            "the researchers performed the agreement of use right R1", "the transformation made positive progress", "income has been good");
        Only(failed, "149-2-use-right-extension").Conditions.Select(c => c.Detail).Should().Equal(
            "the researchers did not perform the agreement of use right R1 (履行协议)", "the transformation made no positive progress (取得积极进展)",
            "income has not been good (收益情况良好)");
    }

    [Fact]
    public void Retention_and_self_managed_equity_say_what_they_decide()
    {
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 1_000_000m)
            .EquityConversion("Q1", "C1", Cases.Signed, 1_000_000m, 0.1m).Evaluate();

        Only(decision, "149-3-income-retained").Id.Should().Be("149-3-income-retained/C1#income-retained");
        var equity = Only(decision, "149-3-equity-self-managed");
        equity.Id.Should().Be("149-3-equity-self-managed/C1#state-asset-management");
        equity.Conditions.Select(c => c.Detail).Should().Equal(
            "测试单位 disposes of the equity of contract C1 without approval (不审批)",
            "nor filing (不备案)",
            "and it is outside state-asset preservation and appreciation assessment (不纳入国有资产保值增值管理考核范围)");
    }

    [Fact]
    public void Pilot_platform_conditions_met_and_failed()
    {
        var met = Only(Cases.University().PilotPlatform("F1", "硅材料中试平台", PilotFocusArea.GreenSiliconCapital, true, Cases.Signed).Evaluate(), "149-4-pilot-platform");
        var failed = Only(Cases.University().PilotPlatform("F1", "食品中试车间", PilotFocusArea.Other, false, Cases.Signed).Evaluate(), "149-4-pilot-platform");

        met.Id.Should().Be("149-4-pilot-platform/F1#pilot-platform-support");
        met.Conditions.Should().Equal(
            new Condition("focus-area-named", true, "硅材料中试平台 serves GreenSiliconCapital, an area the measure names"),
            new Condition("open-to-public", true, "it is open to the public"),
            new Condition("support-amount-set-by-text", false, "按照相关规定予以支持: the text sets no amount"));
        failed.Status.Should().Be(DeterminationStatus.NotEligible);
        failed.Conditions.Take(2).Should().Equal(
            new Condition("focus-area-named", false, "食品中试车间 serves none of the areas the measure names (两个稀土基地、世界绿色硅都、5 个重点战新产业、传统产业改造升级)"),
            new Condition("open-to-public", false, "it is not open to the public (面向社会开放)"));
    }

    [Fact]
    public void Commissioner_conditions_met_and_failed()
    {
        var met = Only(Cases.University().Commissioner("M1", "李特派员", "A1", CommissionerRole.ImplementationManagement, true, true, Cases.Signed).Evaluate(), "149-6-commissioner");
        var failed = Only(Cases.University().Commissioner("M1", "李特派员", "A1", CommissionerRole.FeasibilityStudy, false, false, Cases.Signed).Evaluate(), "149-6-commissioner");

        met.Id.Should().Be("149-6-commissioner/M1#commissioner-incentive");
        met.Conditions.Take(1).Should().Equal(
            new Condition("helped-land-locally", true, "李特派员 helped 测试成果 land and be transformed locally"));
        failed.Conditions.Take(1).Should().Equal(
            new Condition("helped-land-locally", false, "李特派员 did not help 测试成果 land locally (促成科技成果落地转化)"));
    }

    [Fact]
    public void Publicity_and_exemption_conditions_met_and_failed()
    {
        IncentiveDecision Decide(LocalDate? published, bool all, PricingMethod method) =>
            Cases.University().WithMoneyContract(TransformationMode.Transfer, 500_000m)
                .Publicity("B1", "C1", method, published, all, all, all)
                .LiabilityReview("L1", "C1", "项目实施部门", all, all, all).Evaluate();

        var met = Decide(Cases.Signed.PlusDays(-3), true, PricingMethod.Auction);
        var failed = Decide(null, false, PricingMethod.Other);

        met.Obligations.Single().Requirement.Should().Be(
            "publish the achievement's name, summary and proposed price on the unit's internal website before contract C1 is signed on 2024-03-01");
        var publicity = met.Determinations.Single(d => d.Topic == "publicity-check");
        publicity.Id.Should().Be("149-10-publication/C1#publicity-check");
        publicity.Conditions.Skip(1).Select(c => c.Detail).Should().Equal("the name was published", "a summary was published", "the proposed price was published");
        failed.Determinations.Single(d => d.Topic == "publicity-check").Conditions.Skip(1).Select(c => c.Detail)
            .Should().Equal("the name was not published (科技成果名称)", "no summary was published (简介)", "the proposed price was not published (拟交易价格)");
        met.Determinations.Single(d => d.Topic == "pricing").Conditions.Should().Equal(
            new Condition("priced-by-auction-or-negotiation", true, "priced by Auction, as the measure encourages"));
        failed.Determinations.Single(d => d.Topic == "pricing").Conditions.Should().Equal(
            new Condition("priced-by-auction-or-negotiation", false, "priced by another method, which the measure allows (等方式) though it encourages auction or negotiation"));

        Only(met, "149-11-liability-exemption").Id.Should().Be("149-11-liability-exemption/L1#liability-exemption");
        Only(met, "149-11-liability-exemption").Conditions.Select(c => c.Detail).Should().Equal(
            "项目实施部门 fulfilled the duty of diligence", "the decision was made democratically",
            "the proposed price was published before contract C1 was signed", "no illegal gain was sought",
            "only decision liability in pricing, self-decided asset valuation and empowerment arising from later changes in value (科技成果定价、自主决定资产评估以及成果赋权中因科技成果转化后续价值变化产生的相关决策责任)");
        Only(failed, "149-11-liability-exemption").Conditions.Select(c => c.Detail).Should().Equal(
            "项目实施部门 did not fulfil the duty of diligence (勤勉尽职)", "the decision was not made democratically (民主决策)",
            "the proposed price was not published as required before contract C1 was signed (按规定公示拟交易价格)", "an illegal gain was sought (牟取非法利益)",
            "only decision liability in pricing, self-decided asset valuation and empowerment arising from later changes in value (科技成果定价、自主决定资产评估以及成果赋权中因科技成果转化后续价值变化产生的相关决策责任)");
    }

    [Fact]
    public void Secrecy_findings_name_the_earliest_approval_and_block_with_the_earliest_late_one()
    {
        var arranged = new LocalDate(2024, 5, 1);
        var decision = Cases.University()
            .Achievement("A2", "U1", "另一成果", "另一团队")
            .StateSecret("K1", "A1")
            .Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, arranged, 0.5m, 0.5m)
            .UseRight("R1", "A1", arranged, arranged.PlusYears(10))
            .SecrecyApproval("K9", "A1", arranged.PlusDays(20), "乙局")
            .SecrecyApproval("K3", "A1", arranged.PlusDays(10), "甲局")
            .SecrecyApproval("K2", "A1", arranged.PlusDays(10), "丙局")
            .SecrecyApproval("K0", "A2", arranged.PlusDays(1), "丁局")
            .Evaluate();

        var secrets = Only(decision, "149-12-secrecy-approval");
        secrets.Id.Should().Be("149-12-secrecy-approval/A1#state-secrets");
        secrets.Conditions.Should().Equal(new Condition("approval-recorded", true, "approved on 2024-05-11 by 丙局 (K2)"));
        decision.Obligations.Single().Requirement.Should().Be(
            "obtain approval under the science and technology secrecy rules before empowering researchers over or transforming 测试成果");
        var ownership = Only(decision, "149-12-ownership-blocked");
        ownership.Id.Should().Be("149-12-ownership-blocked/O1#secrecy-approval");
        ownership.Conditions.Single().Detail.Should().Be("the ownership arrangement of 2024-05-01 came before the approval of 2024-05-11 (K2); it must be made again after approval");
        Only(decision, "149-12-use-right-blocked").Conditions.Single().Detail
            .Should().Be("the use right of 2024-05-01 came before the approval of 2024-05-11 (K2); it must be made again after approval");
    }

    [Fact]
    public void Without_any_approval_the_secrecy_condition_is_failed()
    {
        var decision = Cases.University().StateSecret("K1", "A1").Evaluate();

        Only(decision, "149-12-secrecy-approval").Conditions.Should().Equal(
            new Condition("approval-recorded", false, "测试成果 involves state secrets and no approval is recorded"));
    }
}
