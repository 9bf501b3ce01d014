using Baotou.Incentives.Benchmarks.Bounds;
using Baotou.Incentives.Benchmarks.Floor;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// The bounds of the two levers of issue 16 that were measured rather than built (benchmarks/README.md): what reading each
/// parameter through a pack join costs NRules' floor, and what typical cases gain by sharing one session with the rules as
/// they are. The engine's typical case and the floor are in the same class, so the ratios come from one run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10, id: "Steady")]
public class LeverBoundBenchmarks
{
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);
    private readonly IncentiveCase _typical = BenchmarkCases.Typical();
    private readonly NRulesFloor _floor = new(BenchmarkCases.TypicalFirings, 1);
    private readonly NRulesFloor _floorPackJoin = new(BenchmarkCases.TypicalFirings, 1, parameterFromPack: true);
    private readonly SharedSessionBound _shared1 = new(1);
    private readonly SharedSessionBound _shared10 = new(10);
    private readonly SharedSessionBound _shared50 = new(50);

    [Benchmark(Baseline = true, Description = "NRules engine, typical case, full trace")]
    public IncentiveDecision EngineTypical() => _engine.Evaluate(_typical, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "NRules floor, single session, parameter in the matched fact")]
    public int Floor() => _floor.Run();

    [Benchmark(Description = "NRules floor, single session, each rule joins its pack and binds its reading")]
    public int FloorPackJoin() => _floorPackJoin.Run();

    [Benchmark(Description = "bound: typical case's session alone (engine's views, recorder, factory)")]
    public int SharedSessionOf1() => _shared1.Run();

    [Benchmark(OperationsPerInvoke = 10, Description = "bound: 10 typical cases (distinct ids) in one session (per case)")]
    public int SharedSessionOf10() => _shared10.Run();

    [Benchmark(OperationsPerInvoke = 50, Description = "bound: 50 typical cases (distinct ids) in one session (per case)")]
    public int SharedSessionOf50() => _shared50.Run();
}
