using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Derived;

/// <summary>
/// An auditor reads the reasons, not just the amounts: each condition's name and reason, each basis's reason, the modality of
/// each grant and the income it shares are part of the decision, and are checked here by reason code and typed arguments
/// (their words are checked once, in the catalog tests).
/// </summary>
public sealed class ReasonsInWordsTests
{
    [Fact]
    public void Below_the_threshold_names_the_amounts_compared()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 1_999_999.99m).Evaluate();

        var below = decision.DeterminationsBy("149-7-below-threshold").Should().ContainSingle().Subject;
        below.Id.Should().Be("149-7-below-threshold/C1#regional-incentive");
        below.Topic.Should().Be("regional-incentive", "the threshold gates the recommendation to seek; it does not define 重大");
        below.Status.Should().Be(DeterminationStatus.NotRecommended);
        below.Modality.Should().Be(Modality.RecommendedToSeek);
        below.Conditions.Should().Equal(new Condition("basis-at-least-threshold", false,
            new MajorProjectThreshold("C1", MajorProjectBasisKind.MoneyReceived, 1_999_999.99m, 2_000_000m)));
    }

    [Fact]
    public void At_the_threshold_the_grant_and_the_city_support_name_what_they_rest_on()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 2_000_000m).Evaluate();

        var incentive = decision.FindEntitlement("149-7-regional-incentive", "C1")!;
        incentive.IncomeKey.Should().Be("regional-incentive:C1");
        incentive.BasisReason.Should().Be(new MoneyReceivedUnder("C1"));
        incentive.Modality.Should().Be(Modality.RecommendedToSeek, "（七） 推荐争取自治区财政给予: owed by nobody in the case");
        var city = decision.DeterminationsBy("149-7-regional-incentive").Should().ContainSingle().Subject;
        city.Modality.Should().Be(Modality.Discretionary, "市本级给予适当资金支持 sets no amount");
        city.Conditions.Should().Equal(
            new Condition("basis-at-least-threshold", true, new MajorProjectThreshold("C1", MajorProjectBasisKind.MoneyReceived, 2_000_000m, 2_000_000m)));
    }

    [Fact]
    public void The_teams_share_names_the_net_income_of_the_contract()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 300_000m).Evaluate();

        var share = decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!;
        share.IncomeKey.Should().Be("net-income:C1");
        share.BasisReason.Should().Be(new NetIncomeOf("C1", TransformationMode.Licence));
        share.Modality.Should().Be(Modality.OwedMinimum, "（八） 按…不低于 80% 的比例…给予奖励和报酬");
        share.Grounds.Should().BeEmpty();
    }

    [Fact]
    public void The_national_award_share_names_the_award()
    {
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 300_000m).Evaluate();

        var share = decision.FindEntitlement("149-8-national-award-transfer", "C1")!;
        share.IncomeKey.Should().Be("net-income:C1");
        share.BasisReason.Should().Be(new NetIncomeOf("C1", TransformationMode.Transfer));
        share.Grounds.Should().Equal(new NationalScienceAward("A1"));
        share.Modality.Should().Be(Modality.MayEnjoy, "（八） 成果完成团队可享有…90%以上收益");
    }

    [Theory]
    [InlineData(TransformationIncomeBasis.NetIncome, 900_000)]
    [InlineData(TransformationIncomeBasis.GrossIncome, 1_000_000)]
    public void The_transfer_office_reward_names_the_income_it_is_computed_on(TransformationIncomeBasis basis, int expectedBasis)
    {
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { TransferOfficeRewardBasis = basis });
        var decision = new IncentiveEngine([pack]).Evaluate(
            Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, deducted: 100_000m).TransferOffice("T1", "C1", "技术转移中心").Build(),
            Cases.Evaluated);

        var reward = decision.Entitlements.Single(e => e.RuleId == "149-5-transfer-office-staff-reward");
        reward.IncomeKey.Should().Be("transfer-office:C1");
        reward.Basis.Should().Be(expectedBasis);
        reward.BasisReason.Should().Be(new TransformationIncomeOf("C1", basis, "技术转移中心"));
        reward.Modality.Should().Be(Modality.OwedMinimum, "（五） 给予不低于 5% 的奖励");
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Unit_terms_governing_say_which_terms_the_unit_has(bool ownRule, bool agreement)
    {
        var decision = Cases.Unit(UnitKind.University, ownRule, agreement).WithMoneyContract(TransformationMode.Transfer, 100_000m).Evaluate();

        var governs = decision.DeterminationsBy("149-8-unit-terms-govern").Should().ContainSingle().Subject;
        governs.Id.Should().Be("149-8-unit-terms-govern/A1#default-rewards");
        governs.Conditions.Should().Equal(
            new Condition("unit-has-no-distribution-rule", !ownRule, new NoDistributionRule("U1", "测试单位")),
            new Condition("no-contract-fixes-rewards", !agreement, new NoRewardAgreement()));
        governs.Modality.Should().Be(Modality.OwedMinimum, "the defaults it sets aside are owed minimums");
    }

    [Fact]
    public void A_payment_on_the_evaluation_date_counts_and_is_matched_once()
    {
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.Licence, Cases.Signed, 10m)
            .Payment("P1", "C1", Cases.Evaluated, 7m)
            .Evaluate();

        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.Basis.Should().Be(7m);
        decision.Trace.First().MatchedFacts.Select(f => f.Id).Should().Equal("evaluation-date", "C1", "P1");
    }

    [Fact]
    public void At_exactly_the_threshold_nothing_says_below_it()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 2_000_000m).Evaluate();

        decision.Fired("149-7-below-threshold").Should().BeFalse("2,000,000.00 is 200 万元以上");
    }

    [Fact]
    public void An_event_before_149_took_effect_says_when_each_happened()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 100_000m, signedOn: new LocalDate(2023, 12, 17)).Evaluate();

        var notCovered = decision.DeterminationsBy("149-commencement-not-covered").Should().ContainSingle().Subject;
        notCovered.Id.Should().Be("149-commencement-not-covered/C1#coverage");
        notCovered.Conditions.Should().Equal(new Condition("event-on-or-after-effective-date", false,
            new EventOnOrAfterEffectiveDate(nameof(TechnologyContract), new LocalDate(2023, 12, 17), "baotou-2023-149", new LocalDate(2023, 12, 18))));
    }

    [Fact]
    public void Equity_grants_name_the_equity_they_share()
    {
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 2_500_000m)
            .EquityConversion("Q1", "C1", Cases.Signed, 2_500_000m, 0.2m)
            .EvaluateUnder(Packs.Both);

        var equity = new EquityFormedUnder("C1", 0.2m);
        var team = decision.FindEntitlement("149-8-equity-share", "C1")!;
        team.IncomeKey.Should().Be("equity:C1");
        team.BasisReason.Should().Be(equity);
        team.Modality.Should().Be(Modality.OwedMinimum, "（八） 技术入股形成的股权不低于 80%");
        var national = decision.SupersededEntitlements.Single(e => e.RuleId == "law2015-45-2-equity");
        national.IncomeKey.Should().Be("equity:C1");
        national.BasisReason.Should().Be(equity);
        national.Modality.Should().Be(Modality.OwedMinimum);
        decision.FindEntitlement("149-7-regional-incentive", "C1")!.BasisReason.Should().Be(new EquityConversionAmountOf("C1"));
    }

    [Fact]
    public void A_transformation_outside_Baotou_names_the_contract_and_its_registration()
    {
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.Licence, Cases.Signed, 3_000_000m, landsInBaotou: false, registrationNumber: "2024150201000123")
            .Payment("P1", "C1", Cases.Signed.PlusDays(1), 3_000_000m)
            .Evaluate();

        var notEligible = decision.DeterminationsBy("149-7-not-landing-in-baotou").Should().ContainSingle().Subject;
        notEligible.Id.Should().Be("149-7-not-landing-in-baotou/C1#major-project");
        notEligible.Conditions.Should().Equal(new Condition("lands-in-baotou", false, new LandsInBaotou("C1", "2024150201000123")));
        notEligible.Modality.Should().Be(Modality.RecommendedToSeek, "the finding is on （七）'s recommendation");
    }

    [Fact]
    public void A_sixth_profit_year_names_the_window_it_falls_outside()
    {
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise).SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
            .OperatingProfit("Y6", "S1", 2029, 1_000_000m).Evaluate(Cases.AfterEveryProfitYear);

        var outside = decision.DeterminationsBy("149-8-operating-profit-outside-term").Should().ContainSingle().Subject;
        outside.Id.Should().Be("149-8-operating-profit-outside-term/Y6#profit-year");
        outside.Conditions.Should().Equal(new Condition("fiscal-year-within-profit-years", false,
            new ProfitYearWithinTerm(2029, 6, 2024, 2028, new LocalDate(2024, 3, 15))));
        outside.Modality.Should().Be(Modality.OwedMinimum);
    }

    [Theory]
    [InlineData(500_000)]
    [InlineData(0)]
    [InlineData(-300_000)]
    public void A_profit_year_says_whether_it_was_a_loss(int profit)
    {
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise).SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
            .OperatingProfit("Y2", "S1", 2025, profit).Evaluate();

        var share = decision.FindEntitlement("149-8-operating-profit", "Y2")!;
        share.IncomeKey.Should().Be("operating-profit:S1:2025");
        share.BasisReason.Should().Be(new OperatingProfitOf("S1", 2025, 2, 2024, 2028));
        share.Modality.Should().Be(Modality.OwedMinimum, "（八） 每年营业利润不低于 10%的比例给予奖励和报酬");
        share.Grounds.Should().Equal(profit < 0 ? [new LossYear(2025, -profit)] : Array.Empty<IReason>());
    }

    [Theory]
    [InlineData(500_000)]
    [InlineData(0)]
    [InlineData(-300_000)]
    public void A_national_profit_year_says_whether_it_was_a_loss(int profit)
    {
        var decision = Cases.Unit(UnitKind.PublicInstitution).SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
            .OperatingProfit("Y2", "S1", 2025, profit).EvaluateUnder(Packs.NationalOnly);

        var share = decision.FindEntitlement("law2015-45-3-operating-profit", "Y2")!;
        share.IncomeKey.Should().Be("operating-profit:S1:2025");
        share.BasisReason.Should().Be(new OperatingProfitOf("S1", 2025, 2, 2024, 2026));
        share.Grounds.Should().Equal(profit < 0 ? [new ProfitYearsOwed(3m), new LossYear(2025, -profit)] : [new ProfitYearsOwed(3m)]);
        share.Modality.Should().Be(Modality.OwedMinimum, "第四十五条 每年不低于百分之五");
    }

    [Fact]
    public void A_year_left_to_the_unit_says_how_long_the_unit_may_choose()
    {
        var decision = Cases.Unit(UnitKind.PublicInstitution).SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
            .OperatingProfit("Y4", "S1", 2027, 100m).EvaluateUnder(Packs.NationalOnly, Cases.AfterEveryProfitYear);

        var chosen = decision.DeterminationsBy("law2015-45-3-term-chosen-by-unit").Should().ContainSingle().Subject;
        chosen.Id.Should().Be("law2015-45-3-term-chosen-by-unit/Y4#profit-year");
        chosen.Status.Should().Be(DeterminationStatus.DependsOnTermChosen, "连续三至五年: the unit chooses the term");
        chosen.Modality.Should().Be(Modality.OwedMinimum, "应当…提取不低于百分之五: at the fixed rate, for the years of the term chosen");
        chosen.Conditions.Should().Equal(
            new Condition("fiscal-year-within-years-owed", false, new ProfitYearOwed(2027, 4, 2024, 2026)),
            new Condition("fiscal-year-within-longest-term", true, new ProfitYearWithinLongestTerm(2028, 5m)));
    }

    [Fact]
    public void The_national_share_names_the_net_income_of_the_contract()
    {
        var decision = Cases.Unit(UnitKind.Other).WithMoneyContract(TransformationMode.Transfer, 300_000m).EvaluateUnder(Packs.NationalOnly);

        var share = decision.FindEntitlement("law2015-45-1-net-income", "C1")!;
        share.BasisReason.Should().Be(new NetIncomeOf("C1", TransformationMode.Transfer));
        share.Modality.Should().Be(Modality.OwedMinimum);
    }

    [Fact]
    public void Surplus_outcomes_name_the_project_and_what_the_text_leaves_to_the_parties()
    {
        var decision = Cases.University()
            .CommissionedSurplus("H1", "U1", "稀土抛光粉工艺委托开发", Cases.Signed, 100_000m, SurplusUse.InvestedInTransformation)
            .CommissionedSurplus("H2", "U1", "风电叶片检测委托", Cases.Signed, 50_000m, SurplusUse.PerformancePay)
            .Evaluate();

        var invested = decision.FindEntitlement("149-9-surplus-invested", "H1")!;
        invested.IncomeKey.Should().Be("surplus:H1");
        invested.BasisReason.Should().Be(new SurplusInvested("H1", "稀土抛光粉工艺委托开发"));
        invested.Modality.Should().Be(Modality.OwedMinimum, "（九） 科研人员占比不低于 90%");
        invested.MinimumEquityShare.Should().Be(0.90m, "a share of what the surplus invested forms and earns, not cash");
        var pay = decision.DeterminationsBy("149-9-surplus-performance-pay").Should().ContainSingle().Subject;
        pay.Id.Should().Be("149-9-surplus-performance-pay/H2#surplus-performance-pay");
        pay.Status.Should().Be(DeterminationStatus.Applies);
        pay.Modality.Should().Be(Modality.AgreedByParties, "比例自行约定: agreed, never a failed condition");
        pay.Conditions.Should().Equal(new Condition("ratio-agreed-by-parties", true, new SurplusRatioAgreed("风电叶片检测委托")));
    }

    [Fact]
    public void Equal_grants_of_policies_of_the_same_date_say_the_rate_and_id_decided()
    {
        // Two successors of 149号 from the same day with the same values grant the same 720,000.00 on 900,000.00 net.
        var first = Baotou149.Pack.Successor("a-2025", "甲", "甲", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1));
        var second = Baotou149.Pack.Successor("b-2025", "乙", "乙", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1));
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 1_000_000m, deducted: 100_000m, signedOn: new LocalDate(2025, 8, 1))
            .EvaluateUnder(new IncentiveEngine([first, second]));

        var why = decision.Supersessions.Single(s => s.SupersededId == "149-8-transfer-licence-net-income@b-2025/C1");
        why.GoverningId.Should().Be("149-8-transfer-licence-net-income@a-2025/C1");
        why.Reason.Should().Be(new SameDateTieBreak(720_000m, "149-8-transfer-licence-net-income@a-2025/C1"));
    }
}
