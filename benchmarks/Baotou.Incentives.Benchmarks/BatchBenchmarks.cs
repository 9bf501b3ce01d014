using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// A nightly batch of 10,000 mixed cases: single evaluations one after another (the baseline), and the batch API
/// (<c>EvaluateManyAsync</c>) on one core and on two, per case.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GarbageCollectors))]
public class BatchBenchmarks
{
    private const int Cases = 10_000;
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);   // 149号 alone, as the figures in benchmarks/README.md were measured
    private readonly IReadOnlyList<IncentiveCase> _cases = BenchmarkCases.Mixed(Cases);

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases, Description = "10,000 mixed cases, Evaluate one by one (per case)")]
    public int Sequential()
    {
        var entitlements = 0;
        foreach (var incentiveCase in _cases)
        {
            entitlements += _engine.Evaluate(incentiveCase, BenchmarkCases.EvaluatedOn).Entitlements.Count;
        }

        return entitlements;
    }

    [Benchmark(OperationsPerInvoke = Cases, Description = "10,000 mixed cases, EvaluateManyAsync on 1 core (per case)")]
    public int Batch1() => BenchmarkCases.EvaluateAll(_engine, _cases, new BatchOptions { MaxDegreeOfParallelism = 1 });

    [Benchmark(OperationsPerInvoke = Cases, Description = "10,000 mixed cases, EvaluateManyAsync on 2 cores (per case)")]
    public int Batch2() => BenchmarkCases.EvaluateAll(_engine, _cases, new BatchOptions { MaxDegreeOfParallelism = 2 });

    /// <summary>
    /// Workstation GC is what a library gets by default. The second job gives it a 64 MB gen-0 budget: this VM does not report
    /// its CPU cache size, from which the runtime sizes gen 0, so by default it collects every megabyte or so and both threads
    /// stop for it. (Server GC was measured on 2026-11-25 and left out: its sequential runs are slow on this 2-vCPU VM.)
    /// </summary>
    public sealed class GarbageCollectors : ManualConfig
    {
        public GarbageCollectors()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(6).WithGcServer(false).WithId("WorkstationGC"));
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(6).WithGcServer(false)
                .WithEnvironmentVariable("DOTNET_GCgen0size", "0x4000000").WithId("WorkstationGC-Gen0-64MB"));
        }
    }
}
