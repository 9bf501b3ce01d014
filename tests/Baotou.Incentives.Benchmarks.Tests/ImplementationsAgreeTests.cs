using Baotou.Incentives.Benchmarks;
using Baotou.Incentives.Benchmarks.Bounds;
using Baotou.Incentives.Benchmarks.Floor;
using Baotou.Incentives.Benchmarks.Peers;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using FluentAssertions;
using Xunit;

namespace Baotou.Incentives.Benchmarks.Tests;

/// <summary>
/// The benchmark compares four implementations of the same money rules (the engine, hand-written C#, RulesEngine with amounts
/// compiled once and RulesEngine with amounts through <c>OutputExpression</c>), the engine's batch path with its single one,
/// and the engine with NRules' floor for as many firings; each comparison means something only if they agree on the
/// benchmark cases. This is checked here, not inside the benchmark.
/// </summary>
public sealed class ImplementationsAgreeTests
{
    private static readonly IncentiveEngine Engine = new([Baotou149.Pack]);
    private static readonly RulesEnginePeer CompiledPeer = new(RulesEngineAmounts.CompiledOnce);
    private static readonly RulesEnginePeer OutputPeer = new(RulesEngineAmounts.OutputExpression);

    public static TheoryData<string> CaseNames() => new() { "typical", "large", "payments-10", "profits-8", "mixed-8" };

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Engine_hand_written_and_both_RulesEngine_peers_give_the_same_amounts(string name)
    {
        foreach (var incentiveCase in Cases(name))
        {
            var engine = MoneyOutcome.Sorted(Engine.Evaluate(incentiveCase, BenchmarkCases.EvaluatedOn).Entitlements
                .Select(e => new MoneyOutcome(e.Beneficiary, e.SubjectFactId, e.MinimumAmount)));

            engine.Should().NotBeEmpty();
            HandWrittenRules.Compute(incentiveCase, Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(engine, incentiveCase.Id);
            CompiledPeer.Compute(incentiveCase, Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(engine, incentiveCase.Id);
            OutputPeer.Compute(incentiveCase, Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(engine, incentiveCase.Id);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task The_batch_path_gives_each_case_the_bytes_of_its_single_evaluation(int parallelism)
    {
        // The benchmark's batch figures stand for single decisions only if they are the same decisions: records compared byte
        // for byte (outcomes, trace, parameters with their dates), under both packs, over the mixed cases the batch runs.
        var engine = new IncentiveEngine([Baotou149.Pack, NationalLaw2015Article45.Pack]);
        var cases = BenchmarkCases.Mixed(40).Concat([BenchmarkCases.Typical("typical-again"), BenchmarkCases.ManyPayments(30)]).ToArray();
        var single = cases.Select(c => DecisionRecord.Of(engine, c, engine.Evaluate(c, BenchmarkCases.EvaluatedOn)).ToUtf8Json()).ToArray();

        var index = 0;
        await foreach (var result in engine.EvaluateManyAsync(
            cases.ToAsyncEnumerable(), BenchmarkCases.EvaluatedOn, new BatchOptions { MaxDegreeOfParallelism = parallelism }))
        {
            result.Index.Should().Be(index);
            result.Error.Should().BeNull();
            DecisionRecord.Of(engine, result.Case, result.Decision!).ToUtf8Json().Should().Equal(single[index], cases[index].Id);
            index++;
        }

        index.Should().Be(cases.Length);
    }

    [Fact]
    public void The_floor_fires_as_many_rules_per_case_as_the_typical_case_fires()
    {
        var firings = Engine.Evaluate(BenchmarkCases.Typical(), BenchmarkCases.EvaluatedOn).Trace.Count;

        BenchmarkCases.TypicalFirings.Should().Be(firings);
        new NRulesFloor(firings, 1).Run().Should().Be(firings);
        new NRulesFloor(firings, EvaluationBenchmarks.Batch).Run().Should().Be(firings * EvaluationBenchmarks.Batch);
        new NRulesFloor(firings, 1, parameterFromPack: true).Run().Should().Be(firings);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Typical_cases_sharing_a_session_get_what_each_gets_alone_so_the_bound_measures_the_same_work(int cases)
    {
        var alone = MoneyOutcome.Sorted(Enumerable.Range(0, cases)
            .SelectMany(i => Engine.Evaluate(SharedSessionBound.Typical($"-{i}"), BenchmarkCases.EvaluatedOn).Entitlements)
            .Select(e => new MoneyOutcome(e.Beneficiary, e.SubjectFactId, e.MinimumAmount)));
        var bound = new SharedSessionBound(cases);

        alone.Should().HaveCount(3 * cases);
        bound.Amounts().Should().Equal(alone);
        bound.Run().Should().Be(BenchmarkCases.TypicalFirings * cases);
    }

    [Fact]
    public void Derived_facts_inserted_before_the_session_give_what_the_rules_derive_so_the_bound_measures_the_same_work()
    {
        var derivedByRules = new DerivedFactsBound(derivedBeforeSession: false);
        var derivedBefore = new DerivedFactsBound(derivedBeforeSession: true);
        var engine = Engine.Evaluate(BenchmarkCases.Typical(), BenchmarkCases.EvaluatedOn).Entitlements
            .Select(e => $"{e.RuleId} {e.SubjectFactId} {e.MinimumAmount}").Order(StringComparer.Ordinal);

        derivedByRules.Amounts().Should().Equal(engine);
        derivedBefore.Amounts().Should().Equal(engine);
        derivedBefore.DerivedFacts.Should().Be(2, "the typical case derives its contract's net income and its （七） basis");
        derivedBefore.Run().Should().Be(derivedByRules.Run()).And.Be(BenchmarkCases.TypicalFirings);
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
        CompiledPeer.Compute(BenchmarkCases.Typical(), Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(expected);
        OutputPeer.Compute(BenchmarkCases.Typical(), Baotou149.Pack, BenchmarkCases.EvaluatedOn).Should().Equal(expected);
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
