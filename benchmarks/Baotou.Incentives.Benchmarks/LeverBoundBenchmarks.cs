using Baotou.Incentives.Benchmarks.Bounds;
using Baotou.Incentives.Benchmarks.Floor;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// The bounds of the levers measured rather than built (benchmarks/README.md): of issue 16, what reading each parameter through
/// a pack join costs NRules' floor, and what typical cases gain by sharing one session with the rules as they are; of issue
/// 28, what the typical case gains when the facts its rules derive (net income, （七）'s basis) are computed before the session. The engine's typical case and the floor are in the same class, so the ratios come from one run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: SuiteJobs.SteadyWarmups, iterationCount: SuiteJobs.SteadyIterations, id: "Steady")]
public class LeverBoundBenchmarks
{
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);
    private readonly IncentiveCase _typical = BenchmarkCases.Typical();
    private readonly NRulesFloor _floor = new(BenchmarkCases.TypicalFirings, 1);
    private readonly NRulesFloor _floorPackJoin = new(BenchmarkCases.TypicalFirings, 1, parameterFromPack: true);
    private readonly SharedSessionBound _shared1 = new(1);
    private readonly SharedSessionBound _shared10 = new(10);
    private readonly DerivedFactsBound _derivedInSession = new(derivedBeforeSession: false);
    private readonly DerivedFactsBound _derivedBefore = new(derivedBeforeSession: true);

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

    [Benchmark(Description = "bound: typical case's session, net income and （七） basis derived by rules (own factory)")]
    public int DerivedInSession() => _derivedInSession.Run();

    [Benchmark(Description = "bound: typical case's session, net income and （七） basis inserted before it (views)")]
    public int DerivedBeforeSession() => _derivedBefore.Run();
}
