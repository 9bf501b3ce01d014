using System.Text.Json.Nodes;
using Baotou.Incentives.Json;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// The fact cap and the record bound agree (issue 23, <see cref="InputLimits.MaximumFacts"/>): the largest record per fact
/// measured, sample-soe-two-packs with every id 256 characters long, repeated up to the cap, gives a record within
/// <see cref="InputLimits.MaximumBytes"/> that replay reproduces.
/// </summary>
public sealed class RecordBoundTests
{
    /// <summary>A sample case's facts repeated <paramref name="copies"/> times, every id made unique and 256 characters long.</summary>
    internal static string Repeated(string sample, int copies)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", sample)))!;
        var facts = root["facts"]!.AsArray();
        var ids = facts.SelectMany(f => f!.AsObject().Select(kv => kv.Value!["id"]?.GetValue<string>())).OfType<string>().Distinct()
            .OrderByDescending(i => i.Length).ToArray();
        var all = new JsonArray();
        for (var c = 0; c < copies; c++)
        {
            var text = facts.ToJsonString();
            foreach (var id in ids)
            {
                text = text.Replace($"\"{id}\"", $"\"{$"{id}~{c}~".PadRight(256, 'x')}\"", StringComparison.Ordinal);
            }

            foreach (var fact in JsonNode.Parse(text)!.AsArray())
            {
                all.Add(fact!.DeepClone());
            }
        }

        root["facts"] = all;
        return root.ToJsonString();
    }

    [Fact]
    public void The_largest_measured_record_per_fact_at_the_fact_cap_is_within_the_record_bound_and_replays()
    {
        // sample-soe-two-packs has 9 facts: 222 copies are 1,998 facts, the most copies within the cap of 2,000.
        var caseFile = CaseFile.Parse(Repeated("sample-soe-two-packs.json", InputLimits.MaximumFacts / 9));
        var json = caseFile.Evaluate().ToUtf8Json();

        caseFile.Case.Facts.Count.Should().BeGreaterThan(InputLimits.MaximumFacts - 9).And.BeLessThanOrEqualTo(InputLimits.MaximumFacts);
        json.LongLength.Should().BeLessThan(InputLimits.MaximumBytes);
        new Baotou.Incentives.Engine.IncentiveEngine(caseFile.Packs).Replay(DecisionRecord.Parse(json)).Verdict.Should().Be(Baotou.Incentives.Replay.ReplayVerdict.Reproduced);
    }
}
