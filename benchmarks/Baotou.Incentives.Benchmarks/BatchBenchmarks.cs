using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// A nightly batch of 10,000 mixed cases through the batch API (<c>EvaluateManyAsync</c>) on one worker and on two, per case,
/// beside the machine's own ceiling for two threads (the same allocation-free arithmetic on one thread and on two), under
/// three collector settings a host can choose, so that the speed-up and its ceiling come from the same processes. (One worker
/// evaluates on the caller's thread, exactly as <c>Evaluate</c> in a loop does, so the loop is not measured apart.)
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GarbageCollectors))]
public class BatchBenchmarks
{
    private const int Cases = 10_000;
    private const int Steps = 20_000_000;
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);   // 149号 alone, as the figures in benchmarks/README.md were measured
    private readonly IReadOnlyList<IncentiveCase> _cases = BenchmarkCases.Mixed(Cases);

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases, Description = "10,000 mixed cases, EvaluateManyAsync on 1 worker (per case)")]
    public int Batch1() => BenchmarkCases.EvaluateAll(_engine, _cases, new BatchOptions { MaxDegreeOfParallelism = 1 });

    [Benchmark(OperationsPerInvoke = Cases, Description = "10,000 mixed cases, EvaluateManyAsync on 2 workers (per case)")]
    public int Batch2() => BenchmarkCases.EvaluateAll(_engine, _cases, new BatchOptions { MaxDegreeOfParallelism = 2 });

    [Benchmark(Description = "ceiling: pure arithmetic, two pieces of work one after the other")]
    public long CeilingSequential() => Work(Steps) + Work(Steps);

    [Benchmark(Description = "ceiling: pure arithmetic, two pieces of work on 2 threads")]
    public long CeilingParallel()
    {
        long first = 0, second = 0;
        System.Threading.Tasks.Parallel.Invoke(() => first = Work(Steps), () => second = Work(Steps));
        return first + second;
    }

    private static long Work(int steps)
    {
        var hash = 17L;
        for (var i = 0; i < steps; i++)
        {
            hash = (hash * 31) + (i ^ (hash >> 7));
        }

        return hash;
    }

    /// <summary>
    /// Workstation GC (concurrent) is what a library host gets by default; server GC gives each core its own heap and gen 0;
    /// the third job keeps workstation GC with a 64 MB gen-0 budget (<c>DOTNET_GCgen0size</c>), which matters where the
    /// runtime sizes gen 0 small (a VM that reports no CPU cache collects every megabyte or so, and both workers stop for it).
    /// One warm-up and five iterations (<see cref="SuiteJobs"/>): an operation is 10,000 cases (0.5–1 s).
    /// </summary>
    public sealed class GarbageCollectors : ManualConfig
    {
        public GarbageCollectors()
        {
            var batch = Job.Default.WithWarmupCount(SuiteJobs.BatchWarmups).WithIterationCount(SuiteJobs.BatchIterations);
            AddJob(batch.WithGcServer(false).WithId("WorkstationGC"));
            AddJob(batch.WithGcServer(true).WithId("ServerGC"));
            AddJob(batch.WithGcServer(false).WithEnvironmentVariable("DOTNET_GCgen0size", "0x4000000").WithId("WorkstationGC-Gen0-64MB"));
        }
    }
}
