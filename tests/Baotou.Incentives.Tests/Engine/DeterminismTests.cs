using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Engine;

/// <summary>Same input, same decision and same trace, whatever order the facts were given in.</summary>
public sealed class DeterminismTests
{
    private static IncentiveCase Rich() => Cases.University(nationalAward: true)
        .WithMoneyContract(TransformationMode.Transfer, 2_400_000m, 200_000m)
        .TransferOffice("T1", "C1", "技术转移中心")
        .Contract("C2", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
        .EquityConversion("Q2", "C2", Cases.Signed, 2_000_000m, 0.2m)
        .CommissionedSurplus("H1", "U1", "横向项目", new LocalDate(2024, 7, 1), 100_000m, SurplusUse.InvestedInTransformation)
        .Build();

    [Fact]
    public void Evaluating_twice_gives_the_same_trace_and_outcomes()
    {
        var first = Cases.Engine.Evaluate(Rich(), Cases.Evaluated);
        var second = Cases.Engine.Evaluate(Rich(), Cases.Evaluated);

        second.Trace.Should().BeEquivalentTo(first.Trace, o => o.WithStrictOrdering());
        second.Entitlements.Should().BeEquivalentTo(first.Entitlements, o => o.WithStrictOrdering());
        second.Determinations.Should().BeEquivalentTo(first.Determinations, o => o.WithStrictOrdering());
    }

    [Fact]
    public void The_order_facts_are_given_in_does_not_change_the_trace()
    {
        var given = Rich();
        var reversed = new IncentiveCase(given.Id, given.Facts.Reverse());

        var a = Cases.Engine.Evaluate(given, Cases.Evaluated);
        var b = Cases.Engine.Evaluate(reversed, Cases.Evaluated);

        b.Trace.Should().BeEquivalentTo(a.Trace, o => o.WithStrictOrdering());
        b.Entitlements.Select(e => e.Id).Should().Equal(a.Entitlements.Select(e => e.Id));
    }

    [Fact]
    public void One_engine_evaluates_from_many_threads_with_the_single_threaded_result()
    {
        var expected = Cases.Engine.Evaluate(Rich(), Cases.Evaluated).Entitlements.Select(e => (e.Id, e.MinimumAmount)).ToArray();

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => Cases.Engine.Evaluate(Rich(), Cases.Evaluated).Entitlements.Select(e => (e.Id, e.MinimumAmount)).ToArray())
            .ToArray();

        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }
}
