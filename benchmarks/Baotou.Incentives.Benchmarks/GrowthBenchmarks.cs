using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using BenchmarkDotNet.Attributes;

namespace Baotou.Incentives.Benchmarks;

/// <summary>How the cost of one evaluation grows with the rows of a case (up to the 10,000 payments issue 16 names): it must grow no worse than linearly.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: SuiteJobs.SteadyWarmups, iterationCount: SuiteJobs.SteadyIterations, id: "Steady")]
public class GrowthBenchmarks
{
    private readonly IncentiveEngine _engine = new([Baotou149.Pack]);   // 149号 alone, as the figures in benchmarks/README.md were measured
    private IncentiveCase _payments = null!;
    private IncentiveCase _profits = null!;

    [Params(10, 100, 1_000, 10_000)]
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
}
