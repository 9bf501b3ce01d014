using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Derived;

/// <summary>
/// An auditor reads the reasons, not just the amounts: each condition's name and detail, each basis's description and the
/// income a grant shares are part of the decision and are checked word for word.
/// </summary>
public sealed class ReasonsInWordsTests
{
    [Fact]
    public void Below_the_threshold_names_the_amounts_compared()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 1_999_999.99m).Evaluate();

        var below = decision.DeterminationsBy("149-7-below-threshold").Should().ContainSingle().Subject;
        below.Id.Should().Be("149-7-below-threshold/C1#major-project");
        below.Topic.Should().Be("major-project");
        below.Conditions.Should().Equal(new Condition("basis-at-least-threshold", false, "1,999,999.99 < 2,000,000.00 (money received under the contract (到账金额))"));
    }

    [Fact]
    public void At_the_threshold_the_grant_and_the_city_support_name_what_they_rest_on()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 2_000_000m).Evaluate();

        var incentive = decision.FindEntitlement("149-7-regional-incentive", "C1")!;
        incentive.IncomeKey.Should().Be("regional-incentive:C1");
        incentive.BasisDescription.Should().Be("money received under the contract (到账金额)");
        decision.DeterminationsBy("149-7-regional-incentive").Should().ContainSingle().Which.Conditions.Should().Equal(
            new Condition("basis-at-least-threshold", true, "2,000,000.00 ≥ 2,000,000.00"),
            new Condition("city-support-amount-set-by-text", false, "市本级给予适当资金支持: the text sets no amount"));
    }

    [Fact]
    public void The_teams_share_names_the_net_income_of_the_contract()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 300_000m).Evaluate();

        var share = decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!;
        share.IncomeKey.Should().Be("net-income:C1");
        share.BasisDescription.Should().Be("net income of the licence under contract C1");
    }

    [Fact]
    public void The_national_award_share_names_the_award()
    {
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 300_000m).Evaluate();

        var share = decision.FindEntitlement("149-8-national-award-transfer", "C1")!;
        share.IncomeKey.Should().Be("net-income:C1");
        share.BasisDescription.Should().Be("net income of the transfer under contract C1 (national S&T award achievement)");
    }

    [Theory]
    [InlineData(TransformationIncomeBasis.NetIncome, 900_000, "net transformation income received under contract C1, undertaken by 技术转移中心")]
    [InlineData(TransformationIncomeBasis.GrossIncome, 1_000_000, "gross transformation income received under contract C1, undertaken by 技术转移中心")]
    public void The_transfer_office_reward_names_the_income_it_is_computed_on(TransformationIncomeBasis basis, int expectedBasis, string description)
    {
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { TransferOfficeRewardBasis = basis });
        var decision = new IncentiveEngine([pack]).Evaluate(
            Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, deducted: 100_000m).TransferOffice("T1", "C1", "技术转移中心").Build(),
            Cases.Evaluated);

        var reward = decision.Entitlements.Single(e => e.RuleId == "149-5-transfer-office-staff-reward");
        reward.IncomeKey.Should().Be("transfer-office:C1");
        reward.Basis.Should().Be(expectedBasis);
        reward.BasisDescription.Should().Be(description);
    }

    [Theory]
    [InlineData(true, false, "测试单位 has its own income distribution rule", "no contract fixes the rewards")]
    [InlineData(false, true, "测试单位 has no income distribution rule", "a contract fixes the rewards")]
    [InlineData(true, true, "测试单位 has its own income distribution rule", "a contract fixes the rewards")]
    public void Unit_terms_governing_say_which_terms_the_unit_has(bool ownRule, bool agreement, string ruleDetail, string agreementDetail)
    {
        var decision = Cases.Unit(UnitKind.University, ownRule, agreement).WithMoneyContract(TransformationMode.Transfer, 100_000m).Evaluate();

        var governs = decision.DeterminationsBy("149-8-unit-terms-govern").Should().ContainSingle().Subject;
        governs.Id.Should().Be("149-8-unit-terms-govern/A1#default-rewards");
        governs.Conditions.Should().Equal(
            new Condition("unit-has-no-distribution-rule", !ownRule, ruleDetail),
            new Condition("no-contract-fixes-rewards", !agreement, agreementDetail));
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
            "contract signed on 2023-12-17, before 包府办发〔2023〕149号 took effect on 2023-12-18"));
    }

    [Fact]
    public void Equity_grants_name_the_equity_they_share()
    {
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 2_500_000m)
            .EquityConversion("Q1", "C1", Cases.Signed, 2_500_000m, 0.2m)
            .EvaluateUnder(Packs.Both);

        const string description = "equity formed by investing the achievement under contract C1, valued at its conversion amount";
        var team = decision.FindEntitlement("149-8-equity-share", "C1")!;
        team.IncomeKey.Should().Be("equity:C1");
        team.BasisDescription.Should().Be(description);
        var national = decision.SupersededEntitlements.Single(e => e.RuleId == "law2015-45-2-equity");
        national.IncomeKey.Should().Be("equity:C1");
        national.BasisDescription.Should().Be(description);
        decision.FindEntitlement("149-7-regional-incentive", "C1")!.BasisDescription.Should().Be("equity conversion amount (股权折算金额)");
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
        notEligible.Conditions.Should().Equal(new Condition("lands-in-baotou", false, "contract C1 (2024150201000123) does not land in Baotou"));
    }

    [Fact]
    public void A_sixth_profit_year_names_the_window_it_falls_outside()
    {
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise).SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
            .OperatingProfit("Y6", "S1", 2029, 1_000_000m).Evaluate();

        var outside = decision.DeterminationsBy("149-8-operating-profit-outside-term").Should().ContainSingle().Subject;
        outside.Id.Should().Be("149-8-operating-profit-outside-term/Y6#profit-year");
        outside.Conditions.Should().Equal(new Condition("fiscal-year-within-profit-years", false,
            "fiscal year 2029 is profit year 6; only years 2024–2028 after production on 2024-03-15 are shared"));
    }

    [Theory]
    [InlineData(500_000, "operating profit of fiscal year 2025 (profit year 2 of 2024–2028)")]
    [InlineData(0, "operating profit of fiscal year 2025 (profit year 2 of 2024–2028)")]
    [InlineData(-300_000, "operating profit of fiscal year 2025 (profit year 2 of 2024–2028): a loss of 300,000.00, nothing to share")]
    public void A_profit_year_says_whether_it_was_a_loss(int profit, string description)
    {
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise).SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
            .OperatingProfit("Y2", "S1", 2025, profit).Evaluate();

        var share = decision.FindEntitlement("149-8-operating-profit", "Y2")!;
        share.IncomeKey.Should().Be("operating-profit:S1:2025");
        share.BasisDescription.Should().Be(description);
    }

    [Theory]
    [InlineData(500_000, "operating profit of fiscal year 2025 (profit year 2 of 2024–2026 owed)")]
    [InlineData(0, "operating profit of fiscal year 2025 (profit year 2 of 2024–2026 owed)")]
    [InlineData(-300_000, "operating profit of fiscal year 2025 (profit year 2 of 2024–2026 owed): a loss of 300,000.00, nothing to share")]
    public void A_national_profit_year_says_whether_it_was_a_loss(int profit, string description)
    {
        var decision = Cases.Unit(UnitKind.PublicInstitution).SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
            .OperatingProfit("Y2", "S1", 2025, profit).EvaluateUnder(Packs.NationalOnly);

        var share = decision.FindEntitlement("law2015-45-3-operating-profit", "Y2")!;
        share.IncomeKey.Should().Be("operating-profit:S1:2025");
        share.BasisDescription.Should().Be(description);
    }

    [Fact]
    public void A_year_left_to_the_unit_says_how_long_the_unit_may_choose()
    {
        var decision = Cases.Unit(UnitKind.PublicInstitution).SelfImplementation("S1", "A1", new LocalDate(2024, 3, 15))
            .OperatingProfit("Y4", "S1", 2027, 100m).EvaluateUnder(Packs.NationalOnly);

        var chosen = decision.DeterminationsBy("law2015-45-3-term-chosen-by-unit").Should().ContainSingle().Subject;
        chosen.Id.Should().Be("law2015-45-3-term-chosen-by-unit/Y4#profit-year");
        chosen.Conditions.Select(c => c.Detail).Should().Equal(
            "fiscal year 2027 is profit year 4; years 2024–2026 are owed in any case",
            "years up to 2028 are owed if the unit chose a term of up to 5 years");
    }

    [Fact]
    public void The_national_share_names_the_net_income_of_the_contract()
    {
        var decision = Cases.Unit(UnitKind.Other).WithMoneyContract(TransformationMode.Transfer, 300_000m).EvaluateUnder(Packs.NationalOnly);

        decision.FindEntitlement("law2015-45-1-net-income", "C1")!.BasisDescription.Should().Be("net income of the transfer under contract C1");
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
        invested.BasisDescription.Should().Be("share of what the surplus of commissioned project 稀土抛光粉工艺委托开发 invested in transformation forms and earns (not cash)");
        var pay = decision.DeterminationsBy("149-9-surplus-performance-pay").Should().ContainSingle().Subject;
        pay.Id.Should().Be("149-9-surplus-performance-pay/H2#surplus-performance-pay");
        pay.Conditions.Should().Equal(
            new Condition("ratio-set-by-text", false, "横向委托项目结余经费可用于绩效发放，比例自行约定: the parties agree the ratio"),
            new Condition("outside-approved-performance-total", true, "项目绩效经费纳入绩效工资管理，不受核定的绩效总量限制"));
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
        why.Reason.Should().Be("从高从新不重复: equal amounts 720,000.00 under policies of the same date; 149-8-transfer-licence-net-income@a-2025/C1 governs by rate and id");
    }
}
