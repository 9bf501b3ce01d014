using Baotou.Incentives.Tests.Support;
using Xunit.Abstractions;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>One shared engine on four threads gives every case exactly its single-threaded decision.</summary>
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
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

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

        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{Evaluations:N0} evaluations on {Threads} threads; managed heap {memoryBefore / 1024:N0} KB before, {memoryAfter / 1024:N0} KB after");

        mismatches.Should().Be(0);
        (memoryAfter - memoryBefore).Should().BeLessThan(16 * 1024 * 1024, "the engine keeps nothing per evaluation beyond the compiled factories");
    }
}
