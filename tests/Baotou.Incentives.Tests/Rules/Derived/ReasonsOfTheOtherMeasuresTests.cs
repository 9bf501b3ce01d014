using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Derived;

/// <summary>
/// The non-money measures decide by conditions, and an auditor reads each condition: every condition of every such rule is
/// checked here by its reason code and typed arguments, met and failed, with the determination's id (rule, fact, topic) and
/// the modality of the sentence it applies. Their words are checked once, in the catalog tests.
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
        met.Modality.Should().Be(Modality.Encouraged, "（一） 鼓励…开展…试点");
        met.Conditions.Should().Equal(
            new Condition("pilot-unit", true, new PilotUnit("测试单位", UnitKind.University)),
            new Condition("signed-written-agreement", true, new WrittenAgreementSigned()),
            new Condition("transformation-rights-defined", true, new TransformationRightsDefined()),
            new Condition("shares-add-up-to-whole", true, new SharesMakeWhole(0.4m, 0.6m, 1.0m)),
            new Condition("shares-fit-arrangement", true, new CoOwnersEachHoldShare(0.4m, 0.6m)));
        failed.Conditions.Should().Equal(
            new Condition("pilot-unit", false, new PilotUnit("测试单位", UnitKind.Other)),
            new Condition("signed-written-agreement", false, new WrittenAgreementSigned()),
            new Condition("transformation-rights-defined", false, new TransformationRightsDefined()),
            new Condition("shares-add-up-to-whole", false, new SharesMakeWhole(0.2m, 0.7m, 0.9m)),
            new Condition("shares-fit-arrangement", false, new TeamHoldsAll(0.7m)));
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
        Only(met, "149-2-use-right").Modality.Should().Be(Modality.Encouraged, "（二） 鼓励…开展…长期使用权试点");
        Only(met, "149-2-use-right").Conditions.Skip(1).Should().Equal(
            new Condition("signed-agreement", true, new WrittenAgreementSigned()),
            new Condition("agreement-sets-income-distribution", true, new AgreementSetsIncomeDistribution()));
        Only(failed, "149-2-use-right").Conditions.Skip(1).Should().Equal(
            new Condition("signed-agreement", false, new WrittenAgreementSigned()),
            new Condition("agreement-sets-income-distribution", false, new AgreementSetsIncomeDistribution()));
        Only(met, "149-2-use-right-extension").Id.Should().Be("149-2-use-right-extension/E1#use-right-extension");
        Only(met, "149-2-use-right-extension").Conditions.Should().Equal(
            new Condition("agreement-performed", true, new AgreementPerformed("R1")), new Condition("positive-progress", true, new PositiveProgress()),
            new Condition("good-income", true, new GoodIncome()));
        Only(failed, "149-2-use-right-extension").Conditions.Select(c => c.Met).Should().Equal(false, false, false);
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
        equity.Modality.Should().Be(Modality.Provided, "（三） 不审批、不备案、不纳入…考核范围 are consequences the text states");
        equity.Conditions.Should().Equal(
            new Condition("no-approval", true, new NoApprovalNeeded("C1", "测试单位")),
            new Condition("no-filing", true, new NoFilingNeeded()),
            new Condition("outside-appreciation-assessment", true, new OutsideAppreciationAssessment()));
    }

    [Fact]
    public void Pilot_platform_conditions_met_and_failed()
    {
        var met = Only(Cases.University().PilotPlatform("F1", "硅材料中试平台", PilotFocusArea.GreenSiliconCapital, true, Cases.Signed).Evaluate(), "149-4-pilot-platform");
        var failed = Only(Cases.University().PilotPlatform("F1", "食品中试车间", PilotFocusArea.Other, false, Cases.Signed).Evaluate(), "149-4-pilot-platform");

        met.Id.Should().Be("149-4-pilot-platform/F1#pilot-platform-support");
        met.Status.Should().Be(DeterminationStatus.Eligible);
        met.Modality.Should().Be(Modality.UnderRelevantProvisions, "（四） 按照相关规定予以支持: no amount in this text, and not discretion");
        met.Conditions.Should().Equal(
            new Condition("focus-area-named", true, new FocusAreaNamed("硅材料中试平台", PilotFocusArea.GreenSiliconCapital)),
            new Condition("open-to-public", true, new OpenToPublic()));
        failed.Status.Should().Be(DeterminationStatus.NotEligible);
        failed.Conditions.Should().Equal(
            new Condition("focus-area-named", false, new FocusAreaNamed("食品中试车间", PilotFocusArea.Other)),
            new Condition("open-to-public", false, new OpenToPublic()));
    }

    [Fact]
    public void Commissioner_conditions_met_and_failed()
    {
        var met = Only(Cases.University().Commissioner("M1", "李特派员", "A1", CommissionerRole.ImplementationManagement, true, true, Cases.Signed).Evaluate(), "149-6-commissioner");
        var failed = Only(Cases.University().Commissioner("M1", "李特派员", "A1", CommissionerRole.FeasibilityStudy, false, false, Cases.Signed).Evaluate(), "149-6-commissioner");

        met.Id.Should().Be("149-6-commissioner/M1#commissioner-incentive");
        met.Modality.Should().Be(Modality.MayEnjoy, "（六） 享受…相对应的激励奖励");
        met.Conditions.Should().Equal(
            new Condition("helped-land-locally", true, new HelpedLandLocally("李特派员", "测试成果")),
            new Condition("incentive-follows-role", true, new IncentiveFollowsRole(CommissionerRole.ImplementationManagement)));
        failed.Conditions.Take(1).Should().Equal(
            new Condition("helped-land-locally", false, new HelpedLandLocally("李特派员", "测试成果")));
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

        var obligation = met.Obligations.Single();
        obligation.Requirement.Should().Be(new PublishBeforeSigning("C1", new LocalDate(2024, 3, 1)));
        obligation.Modality.Should().Be(Modality.Required);
        var publicity = met.Determinations.Single(d => d.Topic == "publicity-check");
        publicity.Id.Should().Be("149-10-publication/C1#publicity-check");
        publicity.Conditions.Should().Equal(
            new Condition("published-before-transaction", true, new PublishedBeforeSigning("C1", new LocalDate(2024, 2, 27), new LocalDate(2024, 3, 1))),
            new Condition("name-published", true, new NamePublished()), new Condition("summary-published", true, new SummaryPublished()),
            new Condition("proposed-price-published", true, new ProposedPricePublished()));
        failed.Determinations.Single(d => d.Topic == "publicity-check").Conditions.Should().Equal(
            new Condition("published-before-transaction", false, new NothingPublished("C1", new LocalDate(2024, 3, 1))),
            new Condition("name-published", false, new NamePublished()), new Condition("summary-published", false, new SummaryPublished()),
            new Condition("proposed-price-published", false, new ProposedPricePublished()));
        var pricing = met.Determinations.Single(d => d.Topic == "pricing");
        pricing.Modality.Should().Be(Modality.Encouraged, "（十） 鼓励通过拍卖或自行协商等方式");
        pricing.Conditions.Should().Equal(new Condition("priced-by-auction-or-negotiation", true, new EncouragedPricingMethod(PricingMethod.Auction)));
        failed.Determinations.Single(d => d.Topic == "pricing").Conditions.Should().Equal(
            new Condition("priced-by-auction-or-negotiation", false, new EncouragedPricingMethod(PricingMethod.Other)));

        Only(met, "149-11-liability-exemption").Id.Should().Be("149-11-liability-exemption/L1#liability-exemption");
        Only(met, "149-11-liability-exemption").Modality.Should().Be(Modality.Provided, "（十一） 依法免除: a consequence the text states");
        Only(met, "149-11-liability-exemption").Conditions.Should().Equal(
            new Condition("diligent", true, new Diligent("项目实施部门")), new Condition("democratic-decision", true, new DemocraticDecision()),
            new Condition("price-published", true, new PricePublishedAsRequired("C1")), new Condition("no-illegal-gain", true, new NoIllegalGain()),
            new Condition("scope-later-value-changes", true, new ExemptionScope()));
        Only(failed, "149-11-liability-exemption").Conditions.Select(c => c.Met).Should().Equal(false, false, false, false, true);
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
        secrets.Modality.Should().Be(Modality.Required, "（十二） 要严格执行…依法依规进行审批");
        secrets.Conditions.Should().Equal(new Condition("approval-recorded", true, new SecrecyApproved("K2", new LocalDate(2024, 5, 11), "丙局")));
        decision.Obligations.Single().Requirement.Should().Be(new ObtainSecrecyApproval("A1", "测试成果"));
        var ownership = Only(decision, "149-12-ownership-blocked");
        ownership.Id.Should().Be("149-12-ownership-blocked/O1#secrecy-approval");
        ownership.Modality.Should().Be(Modality.Required);
        Only(decision, "149-12-use-right-blocked").Modality.Should().Be(Modality.Required);
        ownership.Conditions.Single().Reason.Should().Be(new ApprovalAfterEmpowerment(nameof(OwnershipArrangement), arranged, "K2", new LocalDate(2024, 5, 11)));
        Only(decision, "149-12-use-right-blocked").Conditions.Single().Reason
            .Should().Be(new ApprovalAfterEmpowerment(nameof(UseRightGrant), arranged, "K2", new LocalDate(2024, 5, 11)));
    }

    [Fact]
    public void Without_any_approval_the_secrecy_condition_is_failed()
    {
        var decision = Cases.University().StateSecret("K1", "A1").Evaluate();

        Only(decision, "149-12-secrecy-approval").Conditions.Should().Equal(
            new Condition("approval-recorded", false, new NoSecrecyApproval("A1", "测试成果")));
    }
}
