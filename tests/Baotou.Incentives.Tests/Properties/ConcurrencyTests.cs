using Baotou.Incentives.Tests.Support;
using Xunit.Abstractions;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// One shared engine on four threads gives every case exactly its single-threaded decision, and keeps no memory per
/// evaluation. The memory check measures what it means: the test runs alone (<see cref="AloneCollection"/>: no other test
/// allocates meanwhile), and memory is read after a full, blocking, compacting collection with finalizers run, so only what
/// is still reachable counts, not garbage a busy machine has not collected yet.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Threads = 4;
    private const int Evaluations = 100_000;

    [Fact]
    public void Four_threads_and_100000_evaluations_reproduce_the_single_threaded_decisions_without_growing_memory()
    {
        var cases = Enumerable.Range(0, 200).Select(GeneratedCases.Build).ToArray();
        var expected = cases.Select(c => DecisionText.Of(Cases.Engine.Evaluate(c, GeneratedCases.EvaluatedOn))).ToArray();
        var mismatches = 0;
        var memoryBefore = RetainedBytes();

        var workers = Enumerable.Range(0, Threads).Select(worker => new Thread(() =>
        {
            for (var i = worker; i < Evaluations; i += Threads)
            {
                var index = (i * 7919) % cases.Length;
                if (DecisionText.Of(Cases.Engine.Evaluate(cases[index], GeneratedCases.EvaluatedOn)) != expected[index])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        var memoryAfter = RetainedBytes();
        output.WriteLine($"{Evaluations:N0} evaluations on {Threads} threads; managed heap {memoryBefore / 1024:N0} KB before, {memoryAfter / 1024:N0} KB after");

        mismatches.Should().Be(0);
        (memoryAfter - memoryBefore).Should().BeLessThan(16 * 1024 * 1024, "the engine keeps nothing per evaluation beyond the compiled factories");
    }

    /// <summary>The bytes still reachable: the large object heap compacted too, two full blocking collections around the finalizers.</summary>
    private static long RetainedBytes()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
