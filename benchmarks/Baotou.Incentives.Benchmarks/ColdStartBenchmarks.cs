using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// A fresh process builds the engine (loads and compiles every rule, JIT included) and returns its first decision. Each launch
/// is a new process and measures one operation, so nothing is warm.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: SuiteJobs.Launches, warmupCount: 0, iterationCount: 1, id: "FreshProcess")]
public class ColdStartBenchmarks
{
    [Benchmark(Description = "new process: build engine + first decision")]
    public IncentiveDecision BuildAndFirstDecision() =>
        new IncentiveEngine([Baotou149.Pack]).Evaluate(BenchmarkCases.Typical(), BenchmarkCases.EvaluatedOn);
}
