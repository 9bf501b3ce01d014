namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// The suite's job settings in one place, so that <c>--filter '*'</c> stays under 15 minutes on a 2-core machine
/// (benchmarks/README.md gives the estimate class by class). Every class names its job from these; nothing is taken from
/// BenchmarkDotNet's defaults but the iteration time (0.5 s).
/// </summary>
public static class SuiteJobs
{
    /// <summary>Warm-ups of a steady-state class (µs to ms an operation): the first JIT tier is gone after one or two.</summary>
    public const int SteadyWarmups = 2;

    /// <summary>Iterations of a steady-state class: the median of eight half-second iterations of thousands of operations each.</summary>
    public const int SteadyIterations = 8;

    /// <summary>Warm-ups of a 10,000-case batch (an operation is 0.5–1 s, one per iteration).</summary>
    public const int BatchWarmups = 1;

    /// <summary>Iterations of a 10,000-case batch.</summary>
    public const int BatchIterations = 5;

    /// <summary>Warm-ups of a class whose operation is a whole batch or folder (seconds): <c>RunStrategy.Monitoring</c>, no pilot.</summary>
    public const int WholeRunWarmups = 1;

    /// <summary>Iterations of a class whose operation is a whole batch or folder.</summary>
    public const int WholeRunIterations = 3;

    /// <summary>Fresh processes of a cold-start class, one operation each.</summary>
    public const int Launches = 10;
}
