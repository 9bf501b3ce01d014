using Baotou.Incentives.Rules.Resolution;

namespace Baotou.Incentives.Tests.Rules.Resolution;

/// <summary>
/// 从高从新不重复 as an order: the higher amount first, then the newer policy, then (both equal) the higher rate, then the
/// id, so that the governing grant never depends on the order facts were given.
/// </summary>
public sealed class OverlapRankingTests
{
    private static Entitlement Grant(string id, decimal amount, LocalDate policyFrom, decimal rate = 0.8m, string incomeKey = "net-income:C1",
        Beneficiary beneficiary = Beneficiary.CompletingTeam) =>
        new(id, "rule", "clause", "pack", policyFrom, beneficiary, EntitlementKind.Reward, Modality.OwedMinimum, "C1", incomeKey,
            new NetIncomeOf("C1", TransformationMode.Transfer), [], amount / rate, rate, amount);

    private static readonly LocalDate Older = new(2015, 10, 1);
    private static readonly LocalDate Newer = new(2023, 12, 18);

    [Fact]
    public void Grants_overlap_only_for_the_same_beneficiary_and_the_same_income()
    {
        var a = Grant("a", 100m, Older);

        OverlapKey.Of(a).Should().Be(OverlapKey.Of(Grant("b", 100m, Older)), "the same beneficiary and income, whatever the grant");
        OverlapKey.Of(a).Should().NotBe(OverlapKey.Of(Grant("b", 100m, Older, incomeKey: "net-income:C2")));
        OverlapKey.Of(a).Should().NotBe(OverlapKey.Of(Grant("b", 100m, Older, beneficiary: Beneficiary.TransferOfficeStaff)));
        OverlapKey.Of(Grant("a", 100m, Older, incomeKey: "net-income:C2")).Should()
            .NotBe(OverlapKey.Of(Grant("b", 100m, Older, beneficiary: Beneficiary.TransferOfficeStaff)), "neither the beneficiary nor the income is shared");
    }

    [Fact]
    public void The_higher_amount_outranks_whatever_the_date()
    {
        OverlapRanking.Outranks(Grant("a", 720_000m, Older), Grant("b", 719_999.99m, Newer)).Should().BeTrue();
        OverlapRanking.Outranks(Grant("b", 719_999.99m, Newer), Grant("a", 720_000m, Older)).Should().BeFalse();
    }

    [Fact]
    public void On_equal_amounts_the_newer_policy_outranks()
    {
        OverlapRanking.Outranks(Grant("a", 500m, Newer), Grant("b", 500m, Older)).Should().BeTrue();
        OverlapRanking.Outranks(Grant("b", 500m, Older), Grant("a", 500m, Newer)).Should().BeFalse();
    }

    [Fact]
    public void On_equal_amounts_and_dates_the_higher_rate_then_the_smaller_id_outranks()
    {
        OverlapRanking.Outranks(Grant("z", 500m, Newer, rate: 0.9m), Grant("a", 500m, Newer, rate: 0.8m)).Should().BeTrue();
        OverlapRanking.Outranks(Grant("a", 500m, Newer), Grant("b", 500m, Newer)).Should().BeTrue();
        OverlapRanking.Outranks(Grant("b", 500m, Newer), Grant("a", 500m, Newer)).Should().BeFalse();
    }

    [Fact]
    public void The_highest_of_several_is_found_in_any_order()
    {
        var grants = new[] { Grant("low", 450_000m, Older), Grant("high", 765_000m, Newer), Grant("mid", 720_000m, Newer) };

        OverlapRanking.Highest(grants).Id.Should().Be("high");
        OverlapRanking.Highest(grants.Reverse()).Id.Should().Be("high");
        OverlapRanking.Highest([grants[1], grants[0], grants[2]]).Id.Should().Be("high");
    }
}
