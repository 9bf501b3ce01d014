using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Baotou.Incentives.Benchmarks;

/// <summary>A nightly batch of 10,000 mixed cases, one session per case, sequential and on both cores.</summary>
[MemoryDiagnoser]
[Config(typeof(GarbageCollectors))]
public class BatchBenchmarks
{
    private const int Cases = 10_000;
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);   // 149号 alone, as the figures in benchmarks/README.md were measured
    private readonly IReadOnlyList<IncentiveCase> _cases = BenchmarkCases.Mixed(Cases);

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases, Description = "10,000 mixed cases, sequential (per case)")]
    public int Sequential()
    {
        var entitlements = 0;
        foreach (var incentiveCase in _cases)
        {
            entitlements += _engine.Evaluate(incentiveCase, BenchmarkCases.EvaluatedOn).Entitlements.Count;
        }

        return entitlements;
    }

    [Benchmark(OperationsPerInvoke = Cases, Description = "10,000 mixed cases, parallel on 2 cores (per case)")]
    public int Parallel2()
    {
        var entitlements = 0;
        System.Threading.Tasks.Parallel.ForEach(
            _cases,
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            () => 0,
            (incentiveCase, _, sum) => sum + _engine.Evaluate(incentiveCase, BenchmarkCases.EvaluatedOn).Entitlements.Count,
            sum => Interlocked.Add(ref entitlements, sum));
        return entitlements;
    }

    /// <summary>
    /// Workstation GC is what a library gets by default; server GC (a heap per core) is what a batch host can choose. The third
    /// job gives workstation GC a 64 MB gen-0 budget: this VM does not report its CPU cache size, from which the runtime sizes
    /// gen 0, so by default it collects every megabyte or so and both threads stop for it.
    /// </summary>
    public sealed class GarbageCollectors : ManualConfig
    {
        public GarbageCollectors()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithGcServer(false).WithId("WorkstationGC"));
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithGcServer(true).WithId("ServerGC"));
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithGcServer(false)
                .WithEnvironmentVariable("DOTNET_GCgen0size", "0x4000000").WithId("WorkstationGC-Gen0-64MB"));
        }
    }
}
