using BenchmarkDotNet.Attributes;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// How much a second core gives on this machine at all: the same allocation-free arithmetic on one thread and on two. The
/// batch's speed-up can be no better than this ceiling, measured in the same run, since the machine is a VM whose second
/// core is shared with other tenants.
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 10, id: "Steady")]
public class MachineScalingBenchmarks
{
    private const int Steps = 20_000_000;

    [Benchmark(Baseline = true, Description = "pure arithmetic, two pieces of work one after the other")]
    public long Sequential() => Work(Steps) + Work(Steps);

    [Benchmark(Description = "pure arithmetic, two pieces of work on 2 cores")]
    public long Parallel2()
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
}
