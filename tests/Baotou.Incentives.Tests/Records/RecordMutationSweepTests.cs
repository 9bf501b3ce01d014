using Baotou.Incentives.Engine;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;
using Xunit.Abstractions;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// The adversary's sweep as a test: every mutant of every sample record (<see cref="RecordMutations"/>: each leaf changed, each
/// property and element deleted, properties added, swapped and duplicated, the digest recomputed each time) is read and
/// replayed as <c>replay</c> does, and none reproduces unless the README's table lists the edit as not covered by replay (an
/// input that changes no outcome), and none makes the reader or replay throw anything but the reader's own refusal.
/// </summary>
public sealed class RecordMutationSweepTests(ITestOutputHelper output)
{
    /// <summary>What the README's table of "what the digest, replay and a signature prove" names as shown but not verified by replay.</summary>
    private static readonly string[] NotVerifiedByReplay = ["$.case.id", "$.libraryVersion", "$.ruleSetFingerprint"];

    /// <summary>
    /// Edits of an input fact that leave it read, and so may change no outcome (re-spelling and reordering are refused as not
    /// canonical). A number with one more decimal place is another decimal of the same value (3000000.0 for 3000000), as a
    /// case file may spell it.
    /// </summary>
    private static readonly string[] InputEditsThatMayChangeNoOutcome =
        ["string lengthened", "string emptied", "number moved by one", "number scale widened", "boolean flipped", "set to null", "deleted", "element deleted", "null filled with a string", "added"];

    public static TheoryData<string> SampleCases() =>
        [.. Directory.GetFiles(Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void What_replay_does_not_verify_is_what_the_library_and_the_README_say()
    {
        DecisionRecord.NotVerifiedByReplay.Should().Equal(NotVerifiedByReplay);
        // The README's reference for auditors, where its table of what the digest, replay and a signature prove stands.
        var auditors = File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "docs", "AUDITORS.md"));
        NotVerifiedByReplay.Should().OnlyContain(path => auditors.Contains($"`{path}`", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void No_mutant_of_a_sample_record_reproduces_or_crashes(string sample)
    {
        var genuine = CaseFile.Parse(File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", sample))).Evaluate().ToJson();
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var reproduced = new List<string>();
        var crashed = new List<string>();
        var unplaced = new List<string>();
        var covered = 0;
        foreach (var mutant in RecordMutations.Of(genuine))
        {
            var verdict = Verdict(mutant.Json, out var crash, out var refusal);
            unplaced.AddRange(refusal?.Problems.Where(p => !Placed(p)).Select(p => $"{mutant.Path} ({mutant.Edit}): {p}") ?? []);
            verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
            if (crash is not null)
            {
                crashed.Add($"{mutant.Path} ({mutant.Edit}): {crash.GetType().Name}: {crash.Message}");
            }
            else if (verdict == "reproduced")
            {
                if (NotVerifiedByReplay.Contains(mutant.Path)
                    || (mutant.Path.StartsWith("$.case.facts[", StringComparison.Ordinal) && InputEditsThatMayChangeNoOutcome.Contains(mutant.Edit)))
                {
                    covered++;
                }
                else
                {
                    reproduced.Add($"{mutant.Path} ({mutant.Edit})");
                }
            }
        }

        output.WriteLine($"{sample}: {string.Join(", ", verdicts.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {v.Value}"))}; reproduced and listed as not covered by replay: {covered}");
        foreach (var line in crashed.Concat(reproduced))
        {
            output.WriteLine(line);
        }

        verdicts.Values.Sum().Should().BeGreaterThan(500, "every leaf and structure of a sample record is mutated");
        crashed.Should().BeEmpty("a malformed record is a verdict, never a crash");
        unplaced.Should().BeEmpty("each problem of an invalid record names its JSON path and no .NET type");
        reproduced.Should().BeEmpty("no edit of what a reader is shown reproduces");
    }

    [Fact]
    public void Every_mutant_left_with_the_genuine_digest_is_tampered_or_invalid_and_none_crashes()
    {
        // A duplicated $.parameters entry once crashed replay here ("An item with the same key has already been added").
        var genuine = CaseFile.Parse(File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-soe-two-packs.json"))).Evaluate().ToJson();
        var outcomes = RecordMutations.Of(genuine, recomputeDigest: false)
            .Select(m => (m.Path, m.Edit, Verdict: Verdict(m.Json, out var crash, out _), Crash: crash?.Message))
            .ToArray();

        outcomes.Should().HaveCountGreaterThan(500);
        outcomes.Where(o => o.Verdict is not ("tampered" or "invalid")).Select(o => $"{o.Path} ({o.Edit}): {o.Verdict} {o.Crash}")
            .Should().BeEmpty("an edit the digest does not cover is tampered, or refused as unreadable");
    }

    /// <summary>
    /// Whether a problem says where in the record it is: a JSON path (<c>$.entitlements[0].id</c>), or a fact of the case by its
    /// kind and id (a relation between facts, such as a payment naming an unknown contract), and no .NET type name.
    /// </summary>
    private static bool Placed(ValidationProblem problem) =>
        (problem.Field.StartsWith('$') || problem.FactId is not null)
        && !System.Text.RegularExpressions.Regex.IsMatch(problem.ToString(), @"\b(System|Baotou\.Incentives|NodaTime)\.[A-Z]");

    /// <summary>What <c>replay</c> says of a record's text: invalid (the reader refuses it), tampered, untrusted, diverged or reproduced.</summary>
    private static string Verdict(string json, out Exception? crash, out IncentiveValidationException? refusal)
    {
        crash = null;
        refusal = null;
        try
        {
            DecisionRecord record;
            try
            {
                record = DecisionRecord.Parse(json);
            }
            catch (IncentiveValidationException e)
            {
                refusal = e;
                return "invalid";
            }

            return new IncentiveEngine(record.ReplayPacks).Replay(record).Verdict switch
            {
                ReplayVerdict.Reproduced => "reproduced",
                ReplayVerdict.Diverged => "diverged",
                ReplayVerdict.Tampered => "tampered",
                var other => other.ToString().ToLowerInvariant(),
            };
        }
        catch (Exception e)
        {
            crash = e;
            return "crashed";
        }
    }
}
