using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Coverage;

/// <summary>
/// A case a measure does not reach because of the unit's kind, the mode or the place gets a finding naming the measure and the
/// reason; a case no measure reaches gets a finding too. An auditor never has to infer from silence.
/// </summary>
public sealed class WhatNoMeasureReachesTests
{
    private static IncentiveDecision Transfer(UnitKind kind, IncentiveEngine engine) =>
        Cases.Unit(kind).WithMoneyContract(TransformationMode.Transfer, 3_000_000m).EvaluateUnder(engine);

    [Theory]
    [InlineData(UnitKind.University, false, false)]
    [InlineData(UnitKind.ResearchInstitute, false, false)]
    [InlineData(UnitKind.StateOwnedEnterprise, true, false)]
    [InlineData(UnitKind.PublicInstitution, true, true)]
    [InlineData(UnitKind.Other, true, true)]
    public void Each_unit_kind_outside_a_measure_is_named_under_the_default_packs(UnitKind kind, bool outsideSeven, bool outsideEight)
    {
        // （七） is for 高校、科研院所 only; （八）'s defaults for 国有企业、科研院所、高校.
        var decision = Transfer(kind, new IncentiveEngine());

        bool Named(Determination d) => d.Status == DeterminationStatus.NotCovered && d.Conditions.Single().Name == "unit-kind-in-scope" && !d.Conditions.Single().Met;
        decision.DeterminationsBy("149-7-unit-not-covered").Where(Named).Should().HaveCount(outsideSeven ? 1 : 0);
        decision.DeterminationsBy("149-8-unit-not-covered").Where(Named).Should().HaveCount(outsideEight ? 1 : 0);
        decision.DeterminationsBy("149-7-regional-incentive").Should().HaveCount(outsideSeven ? 0 : 1, "a major project of a university or institute gets （七）'s findings instead");
        decision.Entitlements.Should().NotBeEmpty("the law's 第四十五条 reaches every unit");
    }

    [Fact]
    public void A_public_institutions_transfer_gets_the_laws_floor_and_the_reasons_149_does_not_reach_it()
    {
        // 3,000,000.00 × 50% = 1,500,000.00 under 第四十五条（一）; （七） and （八） each say why they do not reach it.
        var decision = Transfer(UnitKind.PublicInstitution, new IncentiveEngine());

        decision.FindEntitlement("law2015-45-1-net-income", "C1")!.MinimumAmount.Should().Be(1_500_000m);
        var seven = decision.DeterminationsBy("149-7-unit-not-covered").Single();
        seven.Clause.Should().Be("149号·（七）");
        seven.Modality.Should().Be(Modality.Provided);
        seven.Conditions.Should().Equal(new Condition("unit-kind-in-scope", false,
            new UnitKindInScope("测试单位", UnitKind.PublicInstitution, UnitsNamed.UniversitiesAndResearchInstitutes)));
        var eight = decision.DeterminationsBy("149-8-unit-not-covered").Single();
        eight.Clause.Should().Be("149号·（八）");
        eight.Conditions.Should().Equal(new Condition("unit-kind-in-scope", false,
            new UnitKindInScope("测试单位", UnitKind.PublicInstitution, UnitsNamed.StateOwnedEnterprisesResearchInstitutesAndUniversities)));
    }

    [Theory]
    [InlineData(TransformationMode.Licence, UnitKind.University, "mode-is-transfer")]
    [InlineData(TransformationMode.Transfer, UnitKind.StateOwnedEnterprise, "unit-kind-in-scope")]
    public void A_national_award_outside_the_sentence_names_the_condition(TransformationMode mode, UnitKind kind, string failed)
    {
        var decision = Cases.Unit(kind, nationalAward: true).WithMoneyContract(mode, 1_000_000m).Evaluate();

        decision.DeterminationsBy("149-8-national-award-not-covered").Single().Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal(failed);
    }

    [Fact]
    public void A_national_award_transfer_of_a_university_is_inside_the_sentence()
    {
        Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate()
            .Fired("149-8-national-award-not-covered").Should().BeFalse();
    }

    [Theory]
    [InlineData(UnitKind.StateOwnedEnterprise, true)]
    [InlineData(UnitKind.University, false)]
    public void A_surplus_outside_universities_and_institutes_is_named(UnitKind kind, bool outside)
    {
        var decision = Cases.Unit(kind).CommissionedSurplus("H1", "U1", "横向项目", Cases.Signed, 500_000m, SurplusUse.InvestedInTransformation).Evaluate();

        decision.Fired("149-9-unit-not-covered").Should().Be(outside);
        decision.Fired("149-9-surplus-invested").Should().Be(!outside);
    }

    [Theory]
    [InlineData(UnitKind.StateOwnedEnterprise, true)]
    [InlineData(UnitKind.ResearchInstitute, false)]
    public void Equity_outside_universities_and_institutes_is_outside_self_management_and_named(UnitKind kind, bool outside)
    {
        var decision = Cases.Unit(kind)
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
            .EquityConversion("Q1", "C1", Cases.Signed, 1_000_000m, 0.2m)
            .Evaluate();

        decision.Fired("149-3-equity-not-covered").Should().Be(outside);
        decision.Fired("149-3-equity-self-managed").Should().Be(!outside);
    }

    [Theory]
    [InlineData(UnitKind.University)]
    [InlineData(UnitKind.ResearchInstitute)]
    [InlineData(UnitKind.StateOwnedEnterprise)]
    [InlineData(UnitKind.PublicInstitution)]
    [InlineData(UnitKind.Other)]
    public void A_unit_with_nothing_any_measure_names_gets_a_finding_not_an_empty_decision(UnitKind kind)
    {
        var decision = new IncentiveCaseBuilder("empty").Unit("U1", "某单位", kind).Build();

        var found = new IncentiveEngine().Evaluate(decision, Cases.Evaluated);

        var nothing = found.Determinations.Should().ContainSingle().Subject;
        nothing.RuleId.Should().Be("149-coverage-no-measure-reaches");
        nothing.Status.Should().Be(DeterminationStatus.NotCovered);
        nothing.PackId.Should().Be("baotou-2023-149");
        nothing.Modality.Should().Be(Modality.Provided);
        nothing.Conditions.Should().Equal(new Condition("a-measure-reaches-the-facts", false, new MeasureReachesFacts("U1", "某单位")));
    }

    [Fact]
    public void The_finding_that_nothing_was_reached_is_withdrawn_when_anything_is_said()
    {
        Cases.University().WithMoneyContract(TransformationMode.Transfer, 100m).Evaluate().Fired("149-coverage-no-measure-reaches").Should().BeFalse();
    }

    [Fact]
    public void An_achievement_with_no_event_gets_the_finding_too()
    {
        var decision = Cases.University().Evaluate();

        decision.DeterminationsBy("149-coverage-no-measure-reaches").Should().ContainSingle();
    }

    [Fact]
    public void Under_the_law_alone_the_finding_is_the_laws()
    {
        var decision = Packs.NationalOnly.Evaluate(new IncentiveCaseBuilder("empty").Unit("U1", "某单位", UnitKind.University).Build(), Cases.Evaluated);

        decision.Determinations.Single().PackId.Should().Be("cn-law-2015-art45");
    }
}
