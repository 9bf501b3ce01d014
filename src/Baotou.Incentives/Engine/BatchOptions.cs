namespace Baotou.Incentives.Engine;

/// <summary>How <see cref="IncentiveEngine.EvaluateManyAsync"/> spreads work.</summary>
public sealed class BatchOptions
{
    private int _maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>At most this many cases are evaluated at once; defaults to the processor count. At least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }
}
