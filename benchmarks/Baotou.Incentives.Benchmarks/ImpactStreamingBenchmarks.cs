using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Impact;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NodaTime;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// A pack's impact on a folder of decision records (issue 27): 500 and 5,000 records written once to a temporary folder,
/// then streamed through <see cref="PackImpact"/> one file at a time, as <c>impact</c> does, each result counted into
/// <see cref="ImpactTotals"/> and dropped. Half the records are the README's 900,000.00 transfer signed on a day from
/// 2025-05-01 to 2025-08-28 (about half on or after 2025-07-01, so they change under the later pack), half the mixed cases.
/// Bounded memory means the managed heap sampled during the run stays flat from 500 to 5,000 records (ten times the records, as
/// 1,000 and 10,000 were before issue 28 halved them to keep the suite under 15 minutes): it is printed at the
/// end of the run ("peak managed heap"), beside the allocation per operation.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class ImpactStreamingBenchmarks
{
    private static readonly PolicyPack Later = Baotou149.Pack.Successor("baotou-2025-x", "后续政策", "A later measure", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1))
        .WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);

    private string _folder = string.Empty;
    private long _peakHeap;

    [Params(500, 5_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void WriteRecords()
    {
        _folder = Directory.CreateTempSubdirectory("baotou-impact-bench-").FullName;
        var engine = new IncentiveEngine([Baotou149.Pack]);
        for (var i = 0; i < Records; i++)
        {
            var incentiveCase = i % 2 == 0 ? Transfer(i) : BenchmarkCases.MixedCase(i);
            File.WriteAllBytes(Path.Combine(_folder, $"{i:D5}.record.json"), engine.Record(incentiveCase, new LocalDate(2025, 12, 31)).ToUtf8Json());
        }
    }

    [Benchmark(Description = "impact of a later pack on a folder of records, streamed (whole folder)")]
    public int Streamed()
    {
        var assessor = new PackImpact(Later);
        var totals = new ImpactTotals();
        var n = 0;
        foreach (var file in Directory.EnumerateFiles(_folder, "*.json").Order(StringComparer.Ordinal))
        {
            using (var stream = File.OpenRead(file))
            {
                totals.Add(assessor.Assess(file, stream));
            }

            if (++n % 500 == 0)
            {
                _peakHeap = Math.Max(_peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        return totals.Changed;
    }

    [GlobalCleanup]
    public void Remove()
    {
        Console.WriteLine($"// peak managed heap sampled every 500 records, {Records} records: {_peakHeap / (1024.0 * 1024.0):0.0} MB");
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// One warm-up and two iterations of the whole folder, in the benchmark's own process: an operation is seconds to a minute,
    /// and building a separate boilerplate project timed out on this busy 2-core machine. The in-process executor's own limit
    /// (5 minutes a benchmark) is raised to 30: 10,000 records took about 5 minutes for a warm-up and two iterations.
    /// </summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(2)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("Impact"));
    }

    private static IncentiveCase Transfer(int index)
    {
        var signed = new LocalDate(2025, 5, 1).PlusDays(index % 120);
        return new IncentiveCaseBuilder($"transfer-{index}")
            .Unit("U1", "包头某大学", UnitKind.University)
            .Achievement("A1", "U1", "稀土永磁材料", "张团队")
            .Contract("C1", "A1", TransformationMode.Transfer, signed, 900_000m)
            .Payment("P1", "C1", signed.PlusDays(10), 900_000m)
            .Build();
    }
}
