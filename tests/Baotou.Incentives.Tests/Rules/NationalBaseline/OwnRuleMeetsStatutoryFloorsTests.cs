using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.NationalBaseline;

/// <summary>
/// 《促进科技成果转化法》第四十五条第二款: 国家设立的研究开发机构、高等院校规定或者与科技人员约定奖励和报酬的方式和数额应当符合前款第一项至
/// 第三项规定的标准 — a state-established unit's own rule is checked against 50% / 50% / 5%, each shortfall named with the amount.
/// </summary>
public sealed class OwnRuleMeetsStatutoryFloorsTests
{
    private const string NetIncome = "law2015-45-p2-net-income";
    private const string Equity = "law2015-45-p2-equity";
    private const string Profit = "law2015-45-p2-operating-profit";
    private const string OwnTerms = "law2015-45-p2-own-terms";

    private static IncentiveCaseBuilder StateUniversity(decimal? transfer, decimal? equity = null, decimal? profit = null, bool stateEstablished = true, bool award = false) =>
        Cases.Unit(UnitKind.University, ownRule: true, nationalAward: award, stateEstablished: stateEstablished).OwnRewardRates("R1", "U1", transfer, equity, profit);

    [Fact]
    public void A_rule_giving_30_percent_of_net_income_falls_short_of_50_percent_naming_the_amount()
    {
        // Net 1,000,000.00 − 100,000.00 = 900,000.00. Floor 900,000.00 × 50% = 450,000.00; the rule's 30% gives 270,000.00;
        // the shortfall is 450,000.00 − 270,000.00 = 180,000.00.
        var decision = StateUniversity(transfer: 0.30m).WithMoneyContract(TransformationMode.Transfer, 1_000_000m, 100_000m).EvaluateUnder(Packs.NationalOnly);

        var owed = decision.FindEntitlement(NetIncome, "C1")!;
        owed.Basis.Should().Be(900_000m);
        owed.Rate.Should().Be(0.50m);
        owed.MinimumAmount.Should().Be(450_000m);
        var finding = decision.DeterminationsBy(NetIncome).Should().ContainSingle().Subject;
        finding.Status.Should().Be(DeterminationStatus.NotCompliant);
        finding.Conditions.Select(c => (c.Name, c.Met)).Should().Equal(("state-established", true), ("rule-sets-rate", true), ("rate-at-least-floor", false));
        finding.Modality.Should().Be(Modality.OwedMinimum, "第四十五条第二款 应当符合前款…规定的标准");
        finding.Conditions.Should().Equal(
            new Condition("state-established", true, new StateEstablishedUnit("U1")),
            new Condition("rule-sets-rate", true, new OwnRuleSetsRate("U1", StatutoryBasis.NetIncome)),
            new Condition("rate-at-least-floor", false, new OwnRateAtLeastFloor(StatutoryBasis.NetIncome, 900_000m, 0.30m, 0.50m, 450_000m, 270_000m, 180_000m)));
        owed.Modality.Should().Be(Modality.OwedMinimum);
        owed.BasisReason.Should().Be(new NetIncomeOf("C1", TransformationMode.Transfer));
        owed.Grounds.Should().Equal(new OwnRuleMustMeetFloor("U1"));
    }

    [Theory]
    [InlineData(0.50, DeterminationStatus.Compliant)]
    [InlineData(0.4999, DeterminationStatus.NotCompliant)]
    [InlineData(0.80, DeterminationStatus.Compliant)]
    public void The_floor_is_met_at_exactly_50_percent_and_not_below(double rate, DeterminationStatus status)
    {
        var decision = StateUniversity(transfer: (decimal)rate).WithMoneyContract(TransformationMode.Licence, 1_000_000m).EvaluateUnder(Packs.NationalOnly);

        decision.DeterminationsBy(NetIncome).Single().Status.Should().Be(status);
        decision.FindEntitlement(NetIncome, "C1")!.MinimumAmount.Should().Be(500_000m);
    }

    [Fact]
    public void A_rule_that_sets_no_share_for_the_mode_is_named_as_falling_short()
    {
        var decision = StateUniversity(transfer: null).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.NationalOnly);

        decision.DeterminationsBy(NetIncome).Single().Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal("rule-sets-rate", "rate-at-least-floor");
    }

    [Fact]
    public void Equity_is_checked_against_50_percent_of_the_shares_formed()
    {
        // 1,000,000.00 converted, 20% of the company formed: the team is owed ≥ 20% × 50% = 10% of it, valued 500,000.00;
        // the rule's 60% meets the floor.
        var decision = StateUniversity(transfer: null, equity: 0.60m)
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
            .EquityConversion("Q1", "C1", Cases.Signed, 1_000_000m, 0.2m)
            .EvaluateUnder(Packs.NationalOnly);

        var owed = decision.FindEntitlement(Equity, "C1")!;
        owed.MinimumEquityShare.Should().Be(0.10m);
        owed.MinimumAmount.Should().Be(500_000m);
        decision.DeterminationsBy(Equity).Single().Status.Should().Be(DeterminationStatus.Compliant);
    }

    [Fact]
    public void Operating_profit_is_checked_against_5_percent_for_the_three_years_owed()
    {
        // Production 2024-05-01; years owed 2024–2026. 2024: 1,000,000.00 × 5% = 50,000.00 owed; the rule's 3% gives 30,000.00,
        // 20,000.00 short. 2027 (the fourth year) is not owed under the floor.
        var decision = StateUniversity(transfer: null, profit: 0.03m)
            .SelfImplementation("S1", "A1", new LocalDate(2024, 5, 1))
            .OperatingProfit("Y1", "S1", 2024, 1_000_000m)
            .OperatingProfit("Y4", "S1", 2027, 1_000_000m)
            .EvaluateUnder(Packs.NationalOnly);

        decision.FindEntitlement(Profit, "Y1")!.MinimumAmount.Should().Be(50_000m);
        decision.FindEntitlement(Profit, "Y4").Should().BeNull();
        var finding = decision.DeterminationsBy(Profit).Should().ContainSingle().Subject;
        finding.Status.Should().Be(DeterminationStatus.NotCompliant);
        finding.Conditions[2].Reason.Should().Be(new OwnRateAtLeastFloor(StatutoryBasis.OperatingProfit, 1_000_000m, 0.03m, 0.05m, 50_000m, 30_000m, 20_000m));
    }

    [Fact]
    public void A_unit_that_is_not_state_established_keeps_its_own_terms_and_says_so()
    {
        var decision = StateUniversity(transfer: 0.30m, stateEstablished: false).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.NationalOnly);

        decision.Fired(NetIncome).Should().BeFalse();
        decision.Entitlements.Should().BeEmpty();
        var terms = decision.DeterminationsBy(OwnTerms).Should().ContainSingle().Subject;
        terms.Status.Should().Be(DeterminationStatus.UnitTermsGovern);
        terms.Conditions.Should().Equal(
            new Condition("no-own-rule-or-agreement", false, new NoOwnRuleOrAgreement("U1", "测试单位")),
            new Condition("own-rates-given", true, new OwnRatesGiven("U1")),
            new Condition("state-established", false, new StateEstablishedUnit("U1")));
    }

    [Fact]
    public void Without_the_units_rates_the_second_paragraph_cannot_be_checked_and_the_finding_says_so()
    {
        var decision = Cases.Unit(UnitKind.University, ownRule: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.NationalOnly);

        decision.DeterminationsBy(OwnTerms).Single().Conditions.Where(c => !c.Met).Select(c => c.Name)
            .Should().Equal("no-own-rule-or-agreement", "own-rates-given", "state-established");
    }

    [Fact]
    public void A_state_established_university_whose_rates_are_not_given_cannot_be_checked_and_still_owes_50_percent()
    {
        // 第四十五条第二款 国家设立的…高等院校规定…奖励和报酬…应当符合前款第一项至第三项规定的标准: the floor binds whatever the rule says.
        // Net 1,000,000.00 × 50% = 500,000.00 owed; the rule's own rate is not given, so whether it meets 50% cannot be checked.
        var decision = Cases.Unit(UnitKind.University, ownRule: true, stateEstablished: true)
            .WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.NationalOnly);

        var owed = decision.FindEntitlement(NetIncome, "C1")!;
        owed.MinimumAmount.Should().Be(500_000m);
        owed.Modality.Should().Be(Modality.OwedMinimum);
        owed.Grounds.Should().Equal(new OwnRuleMustMeetFloor("U1"));
        var finding = decision.DeterminationsBy(NetIncome).Should().ContainSingle().Subject;
        finding.Status.Should().Be(DeterminationStatus.CannotBeChecked, "无法核对: the unit's own rates are not given");
        finding.Conditions.Should().Equal(
            new Condition("state-established", true, new StateEstablishedUnit("U1")),
            new Condition("own-rates-given", false, new OwnRatesGiven("U1")));
        decision.DeterminationsBy(OwnTerms).Single().Status.Should().Be(DeterminationStatus.CannotBeChecked);
    }

    [Fact]
    public void Without_rates_a_state_established_institute_still_owes_50_percent_of_the_equity_and_5_percent_of_profit()
    {
        // 前款第二项: 1,000,000.00 converted, 20% of the company formed: ≥ 20% × 50% = 10%, valued 1,000,000.00 × 50% = 500,000.00.
        // 前款第三项: production 2024-05-01, 2024 is the first year owed: 800,000.00 × 5% = 40,000.00.
        var decision = Cases.Unit(UnitKind.ResearchInstitute, ownRule: true, stateEstablished: true)
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
            .EquityConversion("Q1", "C1", Cases.Signed, 1_000_000m, 0.2m)
            .SelfImplementation("S1", "A1", new LocalDate(2024, 5, 1))
            .OperatingProfit("Y1", "S1", 2024, 800_000m)
            .EvaluateUnder(Packs.NationalOnly);

        var equity = decision.FindEntitlement(Equity, "C1")!;
        equity.MinimumEquityShare.Should().Be(0.10m);
        equity.MinimumAmount.Should().Be(500_000m);
        decision.FindEntitlement(Profit, "Y1")!.MinimumAmount.Should().Be(40_000m);
        decision.DeterminationsBy(Equity).Single().Status.Should().Be(DeterminationStatus.CannotBeChecked);
        decision.DeterminationsBy(Profit).Single().Status.Should().Be(DeterminationStatus.CannotBeChecked);
    }

    [Fact]
    public void Whether_the_university_is_state_established_when_not_given_cannot_be_checked_and_never_reads_as_not_state_established()
    {
        // 国家设立的研究开发机构、高等院校 is a fact of the unit: not given, it is neither counted in nor out. Nothing is owed under a
        // paragraph whose reach is unknown, and the finding says 无法核对 with the missing fact, not "✗ 为国家设立的…".
        var decision = Cases.Unit(UnitKind.University, ownRule: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.NationalOnly);

        decision.Entitlements.Should().BeEmpty();
        var terms = decision.DeterminationsBy(OwnTerms).Should().ContainSingle().Subject;
        terms.Status.Should().Be(DeterminationStatus.CannotBeChecked);
        terms.Conditions.Should().Equal(
            new Condition("no-own-rule-or-agreement", false, new NoOwnRuleOrAgreement("U1", "测试单位")),
            new Condition("own-rates-given", false, new OwnRatesGiven("U1")),
            new Condition("state-established", false, new StateEstablishmentNotGiven("U1")));
    }

    [Fact]
    public void A_state_owned_enterprise_is_not_a_state_established_institution_or_university_and_keeps_its_own_terms()
    {
        // 第四十五条第二款 names 研究开发机构、高等院校; a 国有企业 is neither, so its own rule governs whatever else is given.
        var decision = Cases.Unit(UnitKind.StateOwnedEnterprise, ownRule: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.NationalOnly);

        decision.Entitlements.Should().BeEmpty();
        var terms = decision.DeterminationsBy(OwnTerms).Single();
        terms.Status.Should().Be(DeterminationStatus.UnitTermsGovern);
        terms.Conditions[2].Should().Be(new Condition("state-established", false, new StateEstablishedUnit("U1")));
    }

    [Fact]
    public void A_state_owned_enterprise_said_to_be_state_established_is_refused_when_the_case_is_built()
    {
        var act = () => Cases.Unit(UnitKind.StateOwnedEnterprise, ownRule: true, stateEstablished: true).Build();

        act.Should().Throw<Baotou.Incentives.Validation.IncentiveValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Be(new Baotou.Incentives.Validation.ValidationProblem(
                "Unit", "U1", "StateEstablished", "must not be true for a StateOwnedEnterprise: 第四十五条第二款 names 研究开发机构、高等院校, and an enterprise is neither; was true"));
    }

    [Fact]
    public void Under_both_packs_the_owed_floor_of_the_second_paragraph_stands_beside_the_award_share_the_team_may_enjoy()
    {
        // 1,000,000.00, own rule 30%: 第四十五条第二款 owes at least 50% = 500,000.00; 149号's 90% = 900,000.00 is 可享有, a permission.
        // A permission never sets an owed floor aside: both stand, linked, and are not added.
        var decision = StateUniversity(transfer: 0.30m, award: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.Both);

        decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Select(e => (e.RuleId, e.Modality, e.MinimumAmount))
            .Should().BeEquivalentTo([("149-8-national-award-transfer", Modality.MayEnjoy, 900_000m), ("law2015-45-p2-net-income", Modality.OwedMinimum, 500_000m)]);
        decision.Supersessions.Should().BeEmpty();
        decision.DeterminationsBy("149-8-may-enjoy-beside-owed-floor").Single().Conditions.Single().Reason
            .Should().Be(new MayEnjoyBeyondOwedFloor(900_000m, 0.90m, 500_000m, 0.50m, "促进科技成果转化法·第四十五条第二款"));
    }

    [Fact]
    public void Own_rates_for_a_unit_without_its_own_terms_are_refused()
    {
        var act = () => Cases.Unit(UnitKind.University).OwnRewardRates("R1", "U1", 0.5m).Build();

        act.Should().Throw<Baotou.Incentives.Validation.IncentiveValidationException>()
            .Which.Problems.Should().ContainSingle(p => p.Field == "UnitId" && p.FactId == "R1");
    }
}
