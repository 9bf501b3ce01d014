using Baotou.Incentives.Facts;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Engine;

/// <summary>
/// The result for one case of a batch: its decision, or the validation exception that rejected it. A bad case does not stop
/// the batch; it is reported here and the next case is evaluated.
/// </summary>
public sealed class BatchResult
{
    internal BatchResult(int index, IncentiveCase incentiveCase, IncentiveDecision? decision, IncentiveValidationException? error)
    {
        Index = index;
        Case = incentiveCase;
        Decision = decision;
        Error = error;
    }

    /// <summary>The case's position in the input, counting from 0. Results come back in this order.</summary>
    public int Index { get; }

    /// <summary>The case evaluated.</summary>
    public IncentiveCase Case { get; }

    /// <summary>The decision, or <see langword="null"/> when the case was rejected.</summary>
    public IncentiveDecision? Decision { get; }

    /// <summary>Why the case was rejected, or <see langword="null"/> when it was decided.</summary>
    public IncentiveValidationException? Error { get; }

    /// <summary>Whether the case was decided.</summary>
    public bool Succeeded => Decision is not null;
}
