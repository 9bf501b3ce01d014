using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// How the cost of one evaluation grows with the rows of a case (up to the 10,000 payments issue 16 names): it must grow no
/// worse than linearly. Two jobs: the runtime's defaults, and a host that raises the large-object threshold to 1 MB
/// (<c>System.GC.LOHThreshold</c>; benchmarks/README.md): at 10,000 payments or 1,000 profit rows the case's lists pass
/// 85 KB, and every collection the large-object heap starts is a full one.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LargeObjectThresholds))]
public class GrowthBenchmarks
{
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);   // 149号 alone, as the figures in benchmarks/README.md were measured
    private IncentiveCase _payments = null!;
    private IncentiveCase _profits = null!;

    [Params(100, 1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _payments = BenchmarkCases.ManyPayments(Rows);
        _profits = BenchmarkCases.ManyProfitRows(Rows);
    }

    [Benchmark(Description = "payments per contract")]
    public IncentiveDecision Payments() => _engine.Evaluate(_payments, BenchmarkCases.EvaluatedOn);

    [Benchmark(Description = "profit rows per self-implementation")]
    public IncentiveDecision ProfitRows() => _engine.Evaluate(_profits, BenchmarkCases.EvaluatedOn);

    /// <summary>The steady job twice: the runtime's default large-object threshold (85,000 bytes), and 1 MB.</summary>
    public sealed class LargeObjectThresholds : ManualConfig
    {
        public LargeObjectThresholds()
        {
            var steady = Job.Default.WithWarmupCount(SuiteJobs.SteadyWarmups).WithIterationCount(SuiteJobs.SteadyIterations);
            AddJob(steady.WithId("Steady"));
            AddJob(steady.WithEnvironmentVariable("DOTNET_GCLOHThreshold", "0x100000").WithId("Steady-LOH-1MB"));
        }
    }
}
