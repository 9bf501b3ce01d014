using System.Runtime.CompilerServices;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Engine;

// Evaluating many cases with bounded parallelism. (The type's one <summary> is in IncentiveEngine.cs; a partial declaration documents its members only.)
public sealed partial class IncentiveEngine
{
    /// <summary>
    /// Evaluates many cases on one date, at most <see cref="BatchOptions.MaxDegreeOfParallelism"/> at a time, and yields one
    /// result per case <b>in input order</b> as soon as it and every case before it are done. An invalid case yields a result
    /// carrying its <see cref="IncentiveValidationException"/>; the batch goes on.
    /// </summary>
    /// <param name="cases">The cases; read lazily, never more than a bounded window ahead of what has been yielded.</param>
    /// <param name="evaluationDate">The date to evaluate every case on.</param>
    /// <param name="options">How to spread the work; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops reading input and starting cases; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results, one per case, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null or yields a null case.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async IAsyncEnumerable<BatchResult> EvaluateManyAsync(
        IAsyncEnumerable<IncentiveCase> cases,
        LocalDate evaluationDate,
        BatchOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var parallelism = (options ?? new BatchOptions()).MaxDegreeOfParallelism;

        // A window of running evaluations, oldest first: yielding the oldest keeps input order, and the window's size bounds
        // both parallelism and how far ahead of the consumer the input is read.
        var running = new Queue<Task<BatchResult>>(parallelism);
        var index = 0;
        try
        {
            await foreach (var incentiveCase in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(incentiveCase, nameof(cases));
                if (running.Count == parallelism)
                {
                    yield return await running.Dequeue().ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                var position = index++;
                if (parallelism == 1)
                {
                    // One worker: evaluate on the caller's thread. A hop to the pool per case bought nothing but a cold cache
                    // and cost about a quarter more per case than calling Evaluate in a loop (BatchBenchmarks, 2026-12-02).
                    yield return EvaluateOne(position, incentiveCase, evaluationDate);
                    continue;
                }

                running.Enqueue(Task.Run(() => EvaluateOne(position, incentiveCase, evaluationDate), cancellationToken));
            }

            while (running.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return await running.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            // Never leave evaluations running unobserved after the caller stops or cancels.
            while (running.Count > 0)
            {
                try
                {
                    await running.Dequeue().ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }

    private BatchResult EvaluateOne(int index, IncentiveCase incentiveCase, LocalDate evaluationDate)
    {
        try
        {
            return new BatchResult(index, incentiveCase, Evaluate(incentiveCase, evaluationDate), null);
        }
        catch (IncentiveValidationException e)
        {
            return new BatchResult(index, incentiveCase, null, e);
        }
    }
}
