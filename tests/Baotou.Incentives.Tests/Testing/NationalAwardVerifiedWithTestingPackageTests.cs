using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Testing;

namespace Baotou.Incentives.Tests.Testing;

/// <summary>
/// 149号·（八） for a national-award achievement, written the way a user of the Testing package writes it: the same facts and
/// expected amounts as <see cref="Rules.Distribution.NationalAwardTransferShareTests"/>.
/// </summary>
public sealed class NationalAwardVerifiedWithTestingPackageTests
{
    private const string NationalAward = "149-8-national-award-transfer";
    private const string Default = "149-8-transfer-licence-net-income";
    private static readonly LocalDate Signed = new(2024, 3, 1);
    private static readonly LocalDate Evaluated = new(2026, 6, 30);

    [Fact]
    public void The_team_may_enjoy_ninety_percent_of_a_transfer_and_is_still_owed_eighty_percent_never_added()
    {
        // 1,000,000.00 received, nothing deducted: may enjoy 90% = 900,000.00; owed at least 80% = 800,000.00. A permission never
        // sets the owed floor aside, so 从高从新不重复 has nothing to decide.
        var incentiveCase = PolicyCase.University(hasNationalScienceAward: true)
            .SoldFor(TransformationMode.Transfer, 1_000_000m, Signed)
            .Build();

        var decision = Cases.Engine.Evaluate(incentiveCase, Evaluated);

        // 可享有: the team may enjoy the 90%; it is not an amount the unit is told to pay, so GrantAtLeast does not find it.
        decision.Should().AllowAtLeast(Beneficiary.CompletingTeam, 900_000m, "149号·（八）")
            .Which.RuleId.Should().Be(NationalAward);
        var owed = () => decision.Should().GrantAtLeast(Beneficiary.CompletingTeam, 900_000m, "149号·（八）");
        owed.Should().Throw<Xunit.Sdk.XunitException>().Which.Message.Should().Contain("the most it gave was 800,000.00 yuan",
            "what the unit must pay is the 80%; the 90% is what the team may enjoy");
        decision.Should().GrantAtLeast(Beneficiary.CompletingTeam, 800_000m, "149号·（八）")
            .Which.RuleId.Should().Be(Default);
        decision.Should().HaveDetermination("149-8-may-enjoy-beside-owed-floor", DeterminationStatus.BothStand)
            .And.NotHaveFired("149-closing-higher-newer-governs");
    }

    [Fact]
    public void A_licence_is_not_a_transfer_so_only_the_default_applies()
    {
        // 1,000,000.00 × 80% = 800,000.00.
        var decision = Cases.Engine.Evaluate(
            PolicyCase.University(hasNationalScienceAward: true).SoldFor(TransformationMode.Licence, 1_000_000m, Signed).Build(),
            Evaluated);

        decision.Should().NotHaveFired(NationalAward)
            .And.GrantAtLeast(Beneficiary.CompletingTeam, 800_000m, "149号·（八）");
    }

    [Fact]
    public void A_unit_with_its_own_rule_is_told_its_terms_govern()
    {
        var decision = Cases.Engine.Evaluate(
            PolicyCase.University(hasRewardDistributionRule: true).SoldFor(TransformationMode.Transfer, 1_000_000m, Signed).Build(),
            Evaluated);

        decision.Should().HaveDetermination("149-8-unit-terms-govern", DeterminationStatus.UnitTermsGovern)
            .And.NotHaveFired(Default);
    }
}
