using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Engine;

/// <summary>A case is evaluated only with the rules that can fire for the families of fact it has.</summary>
public sealed class CompiledRulesTests
{
    [Fact]
    public void A_surplus_only_case_gets_the_surplus_rules_and_the_rules_every_case_needs()
    {
        var facts = new IncentiveCaseBuilder("surplus-only")
            .Unit("U1", "某大学", UnitKind.University)
            .CommissionedSurplus("H1", "U1", "横向项目", new LocalDate(2024, 7, 1), 100_000m, SurplusUse.InvestedInTransformation)
            .Build().Facts;

        // Every other rule matches a contract, a self-implementation, an empowerment, a platform or a publicity record, none of
        // which this case has. The unit brings its family (unit and achievement), so the one rule over just those two is
        // compiled too, though with no achievement it cannot fire.
        Baotou.Incentives.Engine.CompiledRules.RuleIdsFor(facts).Should().Equal(
            "149-12-amount-pending-approval",
            "149-8-may-enjoy-beside-owed-floor",
            "149-8-unit-not-covered",
            "149-8-unit-terms-govern",
            "149-9-commissioned-funds",
            "149-9-surplus-invested",
            "149-9-surplus-performance-pay",
            "149-9-unit-not-covered",
            "149-closing-change-before-in-force",
            "149-closing-change-not-yet-in-force",
            "149-closing-changed-provision-governs",
            "149-closing-higher-newer-governs",
            "149-commencement-not-covered",
            "149-coverage-no-measure-reaches",
            "149-floors-higher-governs",
            "law2015-45-p2-own-terms");
    }

    [Fact]
    public void A_case_with_every_kind_of_fact_gets_every_rule()
    {
        var facts = Cases.Unit(UnitKind.University, ownRule: true, stateEstablished: true)
            .OwnRewardRates("W1", "U1", 0.5m, 0.5m, 0.05m)
            .WithMoneyContract(TransformationMode.Transfer, 10m, 1m)
            .TransferOffice("T1", "C1", "中心")
            .Contract("C2", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
            .EquityConversion("Q2", "C2", Cases.Signed, 1m, 0.1m)
            .SelfImplementation("S1", "A1", Cases.Signed)
            .OperatingProfit("Y1", "S1", 2024, 1m)
            .CommissionedSurplus("H1", "U1", "横向项目", Cases.Signed, 1m, SurplusUse.PerformancePay)
            .Ownership("O1", "A1", OwnershipArrangementKind.CoOwnership, Cases.Signed, 0.3m, 0.7m)
            .UseRight("R1", "A1", Cases.Signed, Cases.Signed.PlusYears(10))
            .UseRightExtension("E1", "R1", Cases.Signed.PlusYears(9), true, true, true)
            .StateSecret("K1", "A1")
            .SecrecyApproval("K2", "A1", Cases.Signed, "保密局")
            .PilotPlatform("F1", "中试平台", PilotFocusArea.RareEarthBases, true, Cases.Signed)
            .Commissioner("M1", "特派员", "A1", CommissionerRole.FeasibilityStudy, true, true, Cases.Signed)
            .Publicity("B1", "C1", PricingMethod.Negotiation, Cases.Signed.PlusDays(-10))
            .LiabilityReview("L1", "C1", "主要负责人", true, true, true)
            .Build().Facts;

        Baotou.Incentives.Engine.CompiledRules.RuleIdsFor(facts).Should().BeEquivalentTo(Baotou.Incentives.Rules.RuleCatalog.ById.Keys);
    }

    [Fact]
    public void Rules_of_a_rule_set_that_no_pack_of_the_engine_drives_are_left_out()
    {
        var facts = Cases.University().WithMoneyContract(TransformationMode.Transfer, 10m, 1m).Build().Facts;

        var under149 = Baotou.Incentives.Engine.CompiledRules.RuleIdsFor(facts, [RuleSets.Baotou149]);
        var underBoth = Baotou.Incentives.Engine.CompiledRules.RuleIdsFor(facts, RuleSets.All);

        // The two national rules over a contract and its family, and the second paragraph's (a state-established unit owes the
        // floors even when its own rates are not given); the national profit rules need a self-implementation.
        underBoth.Except(under149).Should().Equal(
            "law2015-45-1-net-income", "law2015-45-2-equity", "law2015-45-p2-equity", "law2015-45-p2-net-income", "law2015-45-p2-own-terms");
        under149.Except(underBoth).Should().BeEmpty();
        under149.Should().Contain("149-8-contract-net-income", "a rule that reads no pack serves every rule set");
    }

    [Fact]
    public void The_rules_over_outcomes_fire_below_every_other_rule_so_a_session_of_their_own_changes_no_order()
    {
        var overOutcomes = Baotou.Incentives.Engine.CompiledRules.ReadingOutcomes.ToArray();
        var others = Baotou.Incentives.Engine.CompiledRules.All.Except(overOutcomes).ToArray();

        overOutcomes.Select(r => r.Name).Should().BeEquivalentTo(
            "149-closing-changed-provision-governs",
            "149-closing-higher-newer-governs",
            "149-floors-higher-governs",
            "149-8-may-enjoy-beside-owed-floor",
            "149-12-amount-pending-approval",
            "149-coverage-no-measure-reaches");
        overOutcomes.Max(r => r.Priority).Should().BeLessThan(others.Min(r => r.Priority),
            "the evaluation runs them after the last rule over the case's facts has fired");
    }

    [Fact]
    public void Every_kind_of_fact_comes_in_one_named_family()
    {
        Baotou.Incentives.Facts.FactKinds.InCanonicalOrder.Should().AllSatisfy(kind =>
            Baotou.Incentives.Facts.FactKinds.FamilyOf(kind).Should().NotBe(Baotou.Incentives.Facts.FactFamilies.None, "{0} needs a family", kind.Name));
    }
}
