using Baotou.Incentives.Benchmarks.Floor;
using Baotou.Incentives.Benchmarks.Peers;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// One evaluation with the full trace, single and batched, beside NRules' own floor for the same number of firings, the
/// limit (plain C#) and the peers (RulesEngine, amounts compiled once and through <c>OutputExpression</c>), all in one class
/// so that the ratios come from one run. Per-case figures of batched benchmarks come from <c>OperationsPerInvoke</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: SuiteJobs.SteadyWarmups, iterationCount: SuiteJobs.SteadyIterations, id: "Steady")]
public class EvaluationBenchmarks
{
    /// <summary>Cases per session (floor) and per call (engine batch): inside the 10–100.</summary>
    public const int Batch = 50;

    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);   // 149号 alone, as the figures in benchmarks/README.md were measured
    private readonly IncentiveEngine _twoPacks = new([Baotou149.Pack, NationalLaw2015Article45.Pack]);
    private readonly RulesEnginePeer _compiledPeer = new(RulesEngineAmounts.CompiledOnce);
    private readonly RulesEnginePeer _outputPeer = new(RulesEngineAmounts.OutputExpression);
    private readonly IncentiveCase _typical = BenchmarkCases.Typical();
    private readonly IncentiveCase _large = BenchmarkCases.Large();
    private readonly IncentiveCase[] _typicalBatch = Enumerable.Range(0, Batch).Select(i => BenchmarkCases.Typical($"typical-{i}")).ToArray();
    private static readonly BatchOptions OneWorker = new() { MaxDegreeOfParallelism = 1 };
    private readonly NRulesFloor _floorSingle = new(BenchmarkCases.TypicalFirings, 1);
    private readonly NRulesFloor _floorBatched = new(BenchmarkCases.TypicalFirings, Batch);

    [Benchmark(Baseline = true, Description = "NRules engine, typical case, full trace")]
    public IncentiveDecision EngineTypical() => _engine.Evaluate(_typical, BenchmarkCases.EvaluatedOn);

    // One worker, as the floor's batched session runs on one thread: the ratio compares work, not cores.
    [Benchmark(OperationsPerInvoke = Batch, Description = "NRules engine, typical case, batch of 50 (EvaluateManyAsync, 1 worker, per case)")]
    public int EngineTypicalBatch() => BenchmarkCases.EvaluateAll(_engine, _typicalBatch, OneWorker);

    [Benchmark(Description = "NRules floor, single session: the typical case's firings, minimal rules, trace")]
    public int FloorSingle() => _floorSingle.Run();

    [Benchmark(OperationsPerInvoke = Batch, Description = "NRules floor, 50 cases per session (per case)")]
    public int FloorBatched() => _floorBatched.Run();

    [Benchmark(Description = "RulesEngine, amounts compiled once, typical case")]
    public IReadOnlyList<MoneyOutcome> RulesEngineCompiledTypical() => _compiledPeer.Compute(_typical, Baotou149.Pack, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "RulesEngine, amounts by OutputExpression, typical case")]
    public IReadOnlyList<MoneyOutcome> RulesEngineOutputTypical() => _outputPeer.Compute(_typical, Baotou149.Pack, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "Hand-written C# (the limit), typical case")]
    public IReadOnlyList<MoneyOutcome> HandWrittenTypical() => HandWrittenRules.Compute(_typical, Baotou149.Pack, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "NRules engine, typical case, two packs (149号 + 第四十五条)")]
    public IncentiveDecision EngineTypicalTwoPacks() => _twoPacks.Evaluate(_typical, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "NRules engine, large case, full trace")]
    public IncentiveDecision EngineLarge() => _engine.Evaluate(_large, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "NRules engine, large case, two packs (149号 + 第四十五条)")]
    public IncentiveDecision EngineLargeTwoPacks() => _twoPacks.Evaluate(_large, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "RulesEngine, amounts compiled once, large case")]
    public IReadOnlyList<MoneyOutcome> RulesEngineCompiledLarge() => _compiledPeer.Compute(_large, Baotou149.Pack, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "RulesEngine, amounts by OutputExpression, large case")]
    public IReadOnlyList<MoneyOutcome> RulesEngineOutputLarge() => _outputPeer.Compute(_large, Baotou149.Pack, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "Hand-written C#, large case")]
    public IReadOnlyList<MoneyOutcome> HandWrittenLarge() => HandWrittenRules.Compute(_large, Baotou149.Pack, BenchmarkCases.EvaluatedOn);
}
