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

        // A window of started evaluations, oldest first: yielding the oldest keeps input order, and the window's size bounds
        // how far ahead of the consumer the input is read. It holds a few cases per worker, while a scheduler runs at most
        // `parallelism` of them at once: with a window of one case per worker, a worker whose case finished before the oldest
        // one sat idle until the oldest was yielded (cases differ in cost by 5×), and two workers gave 1.0–1.1× one.
        var window = parallelism * CasesAheadPerWorker;
        var workers = parallelism == 1 ? null : new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var running = new Queue<Task<BatchResult>>(window);
        var index = 0;
        try
        {
            await foreach (var incentiveCase in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(incentiveCase, nameof(cases));
                if (running.Count == window)
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

                running.Enqueue(Task.Factory.StartNew(
                    () => EvaluateOne(position, incentiveCase, evaluationDate), cancellationToken, TaskCreationOptions.DenyChildAttach, workers!));
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

    /// <summary>Cases started ahead of the oldest unyielded one, per worker: enough that a worker seldom waits on a slower neighbour.</summary>
    private const int CasesAheadPerWorker = 4;

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
