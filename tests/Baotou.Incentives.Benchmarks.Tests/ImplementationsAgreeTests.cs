using Baotou.Incentives.Benchmarks;
using Baotou.Incentives.Benchmarks.Peers;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using FluentAssertions;
using Xunit;

namespace Baotou.Incentives.Benchmarks.Tests;

/// <summary>
/// The benchmark compares three implementations of the same money rules; the comparison means something only if they give
/// the same amounts on the benchmark cases. This is checked here, not inside the benchmark.
/// </summary>
public sealed class ImplementationsAgreeTests
{
    private static readonly IncentiveEngine Engine = new([Baotou149.Pack]);
    private static readonly RulesEnginePeer Peer = new();

    public static TheoryData<string> CaseNames() => new() { "typical", "large", "payments-10", "profits-8", "mixed-8" };

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Engine_hand_written_and_RulesEngine_give_the_same_amounts(string name)
    {
        foreach (var incentiveCase in Cases(name))
        {
            var engine = MoneyOutcome.Sorted(Engine.Evaluate(incentiveCase, BenchmarkCases.EvaluatedOn).Entitlements
                .Select(e => new MoneyOutcome(e.Beneficiary, e.SubjectFactId, e.MinimumAmount)));

            engine.Should().NotBeEmpty();
            HandWrittenRules.Compute(incentiveCase, Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(engine, incentiveCase.Id);
            Peer.Compute(incentiveCase, Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(engine, incentiveCase.Id);
        }
    }

    [Fact]
    public void The_typical_case_gives_the_amounts_worked_by_hand()
    {
        // Received 3 × 1,000,000.00 = 3,000,000.00; deductions 180,000.00 + 20,000.00; net 2,800,000.00.
        // （五）5% × 2,800,000.00 = 140,000.00; （八）80% × 2,800,000.00 = 2,240,000.00; （七）20% × 3,000,000.00 = 600,000.00.
        var expected = MoneyOutcome.Sorted(
        [
            new MoneyOutcome(Beneficiary.TransferOfficeStaff, "T1", 140_000m),
            new MoneyOutcome(Beneficiary.CompletingTeam, "C1", 2_240_000m),
            new MoneyOutcome(Beneficiary.TransferringUnit, "C1", 600_000m),
        ]);

        HandWrittenRules.Compute(BenchmarkCases.Typical(), Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(expected);
        Peer.Compute(BenchmarkCases.Typical(), Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(expected);
    }

    private static IEnumerable<IncentiveCase> Cases(string name) => name switch
    {
        "typical" => [BenchmarkCases.Typical()],
        "large" => [BenchmarkCases.Large()],
        "payments-10" => [BenchmarkCases.ManyPayments(10)],
        "profits-8" => [BenchmarkCases.ManyProfitRows(8)],
        _ => BenchmarkCases.Mixed(8),
    };
}
