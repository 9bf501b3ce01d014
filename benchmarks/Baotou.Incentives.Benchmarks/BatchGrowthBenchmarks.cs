using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// How a batch grows with its number of cases: 1,000, 10,000 and 40,000 mixed cases through <c>EvaluateManyAsync</c> on two
/// cores, the cases made as they are read and each result dropped once counted, as a streaming host does. Linear means the
/// time per case stays flat from 10,000 to 40,000 (the 1,000-case batch is dominated by its start; 100,000 cases cost a
/// minute of the suite for the same answer, measured on 2026-12-02: 82 → 86 µs a case); bounded memory means the batch holds
/// only its window of cases, not all of them.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: SuiteJobs.WholeRunWarmups, iterationCount: SuiteJobs.WholeRunIterations, id: "Batch")]
public class BatchGrowthBenchmarks
{
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);

    [Params(1_000, 10_000, 40_000)]
    public int Cases { get; set; }

    [Benchmark(Description = "mixed cases, streamed, EvaluateManyAsync on 2 cores (whole batch)")]
    public int Streamed() => BenchmarkCases.EvaluateAll(_engine, Stream(Cases), new BatchOptions { MaxDegreeOfParallelism = 2 });

    private static IEnumerable<IncentiveCase> Stream(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return BenchmarkCases.MixedCase(i);
        }
    }
}
