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
    public void Granting_exactly_the_amount_passes_and_one_fen_more_fails_citing_the_clause()
    {
        Decision.Should().GrantAtLeast(Beneficiary.CompletingTeam, 800_000m, "149号·（八）");

        var tooMuch = () => Decision.Should().GrantAtLeast(Beneficiary.CompletingTeam, 800_000.01m, "149号·（八）");

        tooMuch.Should().Throw<XunitException>().Which.Message.Should()
            .StartWith("Expected 149号·（八） to grant CompletingTeam at least 800,000.01 yuan, but the most it granted was 800,000.00 yuan " +
                       "(149-8-transfer-licence-net-income/C1, ")
            .And.EndWith(" × 0.80).");
    }

    [Fact]
    public void A_clause_that_granted_nothing_says_so()
    {
        var act = () => Decision.Should().GrantAtLeast(Beneficiary.TransferOfficeStaff, 1m, "149号·（七）", "the office ran the deal");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected 149号·（七） to grant TransferOfficeStaff at least 1.00 yuan because the office ran the deal, " +
            "but 149号·（七） granted TransferOfficeStaff nothing.");
    }

    [Fact]
    public void A_rule_that_fired_cannot_be_asserted_not_to_have_fired()
    {
        var act = () => Decision.Should().NotHaveFired("149-8-transfer-licence-net-income");

        act.Should().Throw<XunitException>().Which.Message.Should()
            .StartWith("Expected 149号·（八） (rule 149-8-transfer-licence-net-income) not to fire, but it fired on ");
    }

    [Fact]
    public void A_rule_that_did_not_fire_lists_the_rules_that_did()
    {
        var act = () => Decision.Should().HaveFired("149-8-national-award-transfer");

        act.Should().Throw<XunitException>().Which.Message.Should()
            .Contain("Expected rule 149-8-national-award-transfer to fire, but it did not")
            .And.Contain("149-8-transfer-licence-net-income (149号·（八）)");
    }

    [Fact]
    public void An_entitlement_that_governs_is_not_superseded()
    {
        var act = () => Decision.Should().HaveSuperseded("149-8-transfer-licence-net-income", "C1");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected 149号·（八） 149-8-transfer-licence-net-income/C1 to be superseded, but it governs: nothing set it aside.");
    }
}
