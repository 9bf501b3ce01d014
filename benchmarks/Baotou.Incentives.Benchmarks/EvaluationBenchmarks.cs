using Baotou.Incentives.Benchmarks.Peers;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;

namespace Baotou.Incentives.Benchmarks;

/// <summary>One evaluation with the full trace, against the limit (plain C#) and the peer (RulesEngine) on the same case.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10, id: "Steady")]
public class EvaluationBenchmarks
{
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);   // 149号 alone, as the figures in benchmarks/README.md were measured
    private readonly IncentiveEngine _twoPacks = new([Baotou149.Pack, NationalLaw2015Article45.Pack]);
    private readonly RulesEnginePeer _peer = new();
    private readonly IncentiveCase _typical = BenchmarkCases.Typical();
    private readonly IncentiveCase _large = BenchmarkCases.Large();

    [Benchmark(Baseline = true, Description = "NRules engine, typical case, full trace")]
    public IncentiveDecision EngineTypical() => _engine.Evaluate(_typical, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "NRules engine, large case, full trace")]
    public IncentiveDecision EngineLarge() => _engine.Evaluate(_large, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "NRules engine, typical case, two packs (149号 + 第四十五条)")]
    public IncentiveDecision EngineTypicalTwoPacks() => _twoPacks.Evaluate(_typical, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "NRules engine, large case, two packs (149号 + 第四十五条)")]
    public IncentiveDecision EngineLargeTwoPacks() => _twoPacks.Evaluate(_large, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "Hand-written C# (the limit), typical case")]
    public IReadOnlyList<MoneyOutcome> HandWrittenTypical() => HandWrittenRules.Compute(_typical, Baotou149.Pack, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "Microsoft RulesEngine (the peer), typical case")]
    public IReadOnlyList<MoneyOutcome> RulesEngineTypical() => _peer.Compute(_typical, Baotou149.Pack, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "Hand-written C#, large case")]
    public IReadOnlyList<MoneyOutcome> HandWrittenLarge() => HandWrittenRules.Compute(_large, Baotou149.Pack, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "Microsoft RulesEngine, large case")]
    public IReadOnlyList<MoneyOutcome> RulesEngineLarge() => _peer.Compute(_large, Baotou149.Pack, BenchmarkCases.EvaluatedOn);
}
