using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Testing;
using Xunit.Sdk;

namespace Baotou.Incentives.Tests.Testing;

/// <summary>The Testing package's assertions fail when they should, with messages that cite the clause concerned.</summary>
public sealed class DecisionAssertionsTests
{
    private static readonly LocalDate Signed = new(2024, 3, 1);

    // 1,000,000.00 received under a transfer by a university without its own rule: 149号·（八） 80% = 800,000.00.
    private static readonly IncentiveDecision Decision = Cases.Engine.Evaluate(
        PolicyCase.University().SoldFor(TransformationMode.Transfer, 1_000_000m, Signed).Build(), new LocalDate(2026, 6, 30));

    [Fact]
    public void Granting_exactly_the_amount_passes_and_one_fen_more_fails_citing_the_clause_in_the_catalogs_words()
    {
        Decision.Should().GrantAtLeast(Beneficiary.CompletingTeam, 800_000m, "149号·（八）");

        var tooMuch = () => Decision.Should().GrantAtLeast(Beneficiary.CompletingTeam, 800_000.01m, "149号·（八）");

        tooMuch.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected \"149号·（八）\" to give \"the completing team\" an amount that \"must be at least\" \"800,000.01\" yuan, but " +
            "\"the most it gave was 800,000.00 yuan (149-8-transfer-licence-net-income/C1: net income of the transfer under contract C1: " +
            "1,000,000.00 yuan × 80% = 800,000.00 yuan)\".");
    }

    [Fact]
    public void A_clause_that_granted_nothing_says_so()
    {
        var act = () => Decision.Should().GrantAtLeast(Beneficiary.TransferOfficeStaff, 1m, "149号·（七）", "the office ran the deal");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected \"149号·（七）\" to give \"the technology transfer office staff\" an amount that \"must be at least\" \"1.00\" yuan " +
            "because the office ran the deal, but \"149号·（七） gave the technology transfer office staff nothing\".");
    }

    [Fact]
    public void An_owed_minimum_a_permission_and_a_recommendation_are_asserted_apart()
    {
        // 2,400,000.00 received by a university with a national-award achievement: （八） 90% may be enjoyed (2,160,000.00),
        // （七） 20% is recommended to seek (480,000.00), neither is owed.
        var decision = Cases.Engine.Evaluate(
            PolicyCase.University(hasNationalScienceAward: true).SoldFor(TransformationMode.Transfer, 2_400_000m, Signed).Build(), new LocalDate(2026, 6, 30));

        decision.Should().AllowAtLeast(Beneficiary.CompletingTeam, 2_160_000m, "149号·（八）");
        decision.Should().RecommendAtLeast(Beneficiary.TransferringUnit, 480_000m, "149号·（七）");
        var owedRegional = () => decision.Should().GrantAtLeast(Beneficiary.TransferringUnit, 480_000m, "149号·（七）");
        owedRegional.Should().Throw<XunitException>().Which.Message.Should().Contain("recommended to seek, not must be at least");
        var allowedDefault = () => Decision.Should().AllowAtLeast(Beneficiary.CompletingTeam, 1m, "149号·（八）");
        allowedDefault.Should().Throw<XunitException>().Which.Message.Should().Contain("must be at least, not may enjoy");
    }

    [Fact]
    public void Ids_holding_braces_do_not_break_a_message()
    {
        var decision = Cases.Engine.Evaluate(
            PolicyCase.University().SoldFor(TransformationMode.Transfer, 1_000_000m, Signed, contractId: "C{0}}{").Build(), new LocalDate(2026, 6, 30));

        var superseded = () => decision.Should().HaveSuperseded("149-8-transfer-licence-net-income", "C{0}}{");
        var fired = () => decision.Should().HaveFired("rule-{1}");
        var tooMuch = () => decision.Should().GrantAtLeast(Beneficiary.CompletingTeam, 900_000m, "149号·（八）");

        superseded.Should().Throw<XunitException>().Which.Message.Should().Contain("149-8-transfer-licence-net-income/C{0}}{");
        fired.Should().Throw<XunitException>().Which.Message.Should().Contain("rule-{1}");
        tooMuch.Should().Throw<XunitException>().Which.Message.Should().Contain("(149-8-transfer-licence-net-income/C{0}}{: net income of the transfer under contract C{0}}{");
    }

    [Fact]
    public void A_rule_that_fired_cannot_be_asserted_not_to_have_fired()
    {
        var act = () => Decision.Should().NotHaveFired("149-8-transfer-licence-net-income");

        act.Should().Throw<XunitException>().Which.Message.Should()
            .StartWith("Expected \"149号·（八）\" (rule \"149-8-transfer-licence-net-income\") not to fire, but it fired on ");
    }

    [Fact]
    public void A_rule_that_did_not_fire_lists_the_rules_that_did()
    {
        var act = () => Decision.Should().HaveFired("149-8-national-award-transfer");

        act.Should().Throw<XunitException>().Which.Message.Should()
            .Contain("Expected rule \"149-8-national-award-transfer\" to fire, but it did not")
            .And.Contain("149-8-transfer-licence-net-income (149号·（八）)");
    }

    [Fact]
    public void An_entitlement_that_governs_is_not_superseded()
    {
        var act = () => Decision.Should().HaveSuperseded("149-8-transfer-licence-net-income", "C1");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected \"149号·（八）\" \"149-8-transfer-licence-net-income/C1\" to be superseded, but \"it governs: nothing set it aside\".");
    }

    [Fact]
    public void A_determination_not_made_is_worded_through_the_catalog()
    {
        var act = () => Decision.Should().HaveDetermination("149-3-income-retained", DeterminationStatus.NotPermitted);

        act.Should().Throw<XunitException>().Which.Message.Should().Contain("\"not permitted\"").And.Contain("it determined the measure applies on C1");
    }
}
