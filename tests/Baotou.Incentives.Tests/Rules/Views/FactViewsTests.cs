using Baotou.Incentives.Rules.Views;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Views;

/// <summary>
/// The views the engine hands to rules: each contract placed once with its achievement and unit, its ledger holding exactly
/// its own payments and deductions, each profit row placed with its implementation; a view is one fact per anchor, so the
/// rules engine, which identifies facts by equality, holds one of each.
/// </summary>
public sealed class FactViewsTests
{
    private static readonly IncentiveCase TwoContracts = Cases.University()
        .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 300m)
        .Payment("P2", "C1", Cases.Signed.PlusDays(20), 200m)
        .Payment("P1", "C1", Cases.Signed.PlusDays(10), 100m)
        .Deduction("D1", "C1", DeductionKind.RelatedTaxes, 10m)
        .Contract("C2", "A1", TransformationMode.Licence, Cases.Signed, 50m)
        .Payment("P3", "C2", Cases.Signed.PlusDays(5), 50m)
        .SelfImplementation("S1", "A1", Cases.Signed)
        .OperatingProfit("Y2", "S1", 2025, 2m)
        .OperatingProfit("Y1", "S1", 2024, 1m)
        .Build();

    private static List<object> ViewsOf(IncentiveCase incentiveCase) => Baotou.Incentives.Engine.FactViews.Of(
        Baotou.Incentives.Facts.FactKinds.Canonical(incentiveCase.Facts), new NodaTime.LocalDate(2026, 6, 30));

    [Fact]
    public void Each_contract_gets_a_placement_and_a_ledger_of_its_own_rows_in_id_order_and_each_profit_row_a_placement()
    {
        var views = ViewsOf(TwoContracts);

        views.Select(Describe).Should().Equal(
            "ContractPlacement C1 A1 U1",
            "ContractLedger C1 payments P1,P2 deductions D1",
            "ContractPlacement C2 A1 U1",
            "ContractLedger C2 payments P3 deductions -",
            "ProfitPlacement Y1 S1 A1 U1",
            "ProfitPlacement Y2 S1 A1 U1");
    }

    [Fact]
    public void A_ledger_splits_payments_at_the_evaluation_date_the_day_itself_counting()
    {
        var ledger = ViewsOf(TwoContracts).OfType<ContractLedger>().First();

        ledger.ReceivedBy(Cases.Signed.PlusDays(10)).Select(p => p.Id).Should().Equal("P1");
        ledger.ReceivedAfter(Cases.Signed.PlusDays(10)).Select(p => p.Id).Should().Equal("P2");
        ledger.ReceivedBy(Cases.Signed.PlusDays(9)).Should().BeEmpty();
    }

    [Fact]
    public void A_view_names_in_the_trace_the_facts_it_stands_for_in_the_order_rules_declared_them()
    {
        var views = ViewsOf(TwoContracts);

        views.OfType<ContractPlacement>().First().Members.Select(m => m.Id).Should().Equal("C1", "A1", "U1");
        views.OfType<ContractLedger>().First().Members.Select(m => m.Id).Should().Equal("C1");
        views.OfType<ProfitPlacement>().First().Members.Select(m => m.Id).Should().Equal("S1", "A1", "U1", "Y1");
    }

    [Fact]
    public void Views_of_one_anchor_are_one_fact_and_views_of_two_anchors_are_two()
    {
        var views = ViewsOf(TwoContracts);
        var again = ViewsOf(TwoContracts);
        var placements = views.OfType<ContractPlacement>().ToArray();
        var ledgers = views.OfType<ContractLedger>().ToArray();
        var profits = views.OfType<ProfitPlacement>().ToArray();

        placements[0].Equals(again.OfType<ContractPlacement>().First()).Should().BeTrue();
        placements[0].Equals(placements[1]).Should().BeFalse();
        placements[0].Equals(null).Should().BeFalse();
        placements[0].GetHashCode().Should().Be(again.OfType<ContractPlacement>().First().GetHashCode());

        ledgers[0].Equals(again.OfType<ContractLedger>().First()).Should().BeTrue();
        ledgers[0].Equals(ledgers[1]).Should().BeFalse();
        ledgers[0].Equals(null).Should().BeFalse();
        ledgers[0].GetHashCode().Should().Be(again.OfType<ContractLedger>().First().GetHashCode());

        profits[0].Equals(again.OfType<ProfitPlacement>().First()).Should().BeTrue();
        profits[0].Equals(profits[1]).Should().BeFalse();
        profits[0].Equals(null).Should().BeFalse();
        profits[0].GetHashCode().Should().Be(again.OfType<ProfitPlacement>().First().GetHashCode());
    }

    private static string Describe(object view) => view switch
    {
        ContractPlacement p => $"ContractPlacement {p.Contract.Id} {p.Achievement.Id} {p.Unit.Id}",
        ContractLedger l => $"ContractLedger {l.Contract.Id} payments {string.Join(",", l.Payments.Select(p => p.Id))} deductions {(l.Deductions.Count == 0 ? "-" : string.Join(",", l.Deductions.Select(d => d.Id)))}",
        ProfitPlacement p => $"ProfitPlacement {p.Profit.Id} {p.Implementation.Id} {p.Achievement.Id} {p.Unit.Id}",
        _ => view.GetType().Name,
    };
}
