using System.Text;
using System.Text.Json.Nodes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;
using CsCheck;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// Records as a hostile reader makes them. Ten thousand mutated records (cut, inserted or swapped characters, values
/// replaced by other types, duplicated keys, and edits with the digest recomputed) go through <see cref="DecisionRecord.Parse(string)"/>
/// and replay: only the documented <see cref="IncentiveValidationException"/> escapes. And every leaf value of the decision
/// a genuine record holds, changed with the digest recomputed, never replays as reproduced.
/// </summary>
public sealed class RecordFuzzTests
{
    private static readonly string[] Seeds = new[] { "sample-university-transfer.json", "sample-institute-equity.json", "sample-university-safeguards.json" }
        .Select(name => CaseFile.Parse(File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", name))).Evaluate().ToJson())
        .ToArray();

    /// <summary>The parts of a record that are the decision; the inputs are what a replay evaluates again (only a signature proves them).</summary>
    private static readonly string[] DecisionSections = ["packs", "entitlements", "supersededEntitlements", "supersessions", "determinations", "obligations", "trace"];

    /// <summary>Each seed's decision leaves, found once.</summary>
    private static readonly (string Path, JsonValue Leaf)[][] SeedLeaves = Seeds
        .Select(seed => DecisionSections.SelectMany(section => Leaves(JsonNode.Parse(seed)![section]!, "$." + section)).ToArray())
        .ToArray();

    private static readonly string[] Replacements =
        ["null", "true", "\"\"", "\"x\"", "0", "-1", "1e400", "1.2E6", "0.001", "\"2024-02-30\"", "[]", "{}", "\"TransferringUnit\"", "99", "123456789012345678901234567890.5"];

    [Fact]
    public void Only_the_documented_validation_exception_escapes_parse_and_replay()
    {
        var engine = new IncentiveEngine([Baotou149.Pack]);
        var outcomes = new int[ /* read and replayed, refused */ 2];
        Gen.Int.Sample(seed =>
        {
            var json = Mutate(new Random(seed));
            try
            {
                var record = DecisionRecord.Parse(json);
                engine.Replay(record).Summary().Should().NotBeEmpty();
                outcomes[0]++;
            }
            catch (IncentiveValidationException e)
            {
                e.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Reason.Length > 0 && p.Field.Length > 0);
                outcomes[1]++;
            }
        }, iter: 10_000, threads: 1);

        outcomes[1].Should().BeGreaterThan(5_000, "most mutations must be refused");
    }

    [Fact]
    public void No_changed_leaf_of_the_decision_replays_as_reproduced()
    {
        var checkedLeaves = 0;
        foreach (var genuine in Seeds)
        {
            var root = JsonNode.Parse(genuine)!;
            foreach (var (path, leaf) in DecisionSections.SelectMany(section => Leaves(root[section]!, "$." + section)))
            {
                ReplayVerdict? verdict;
                try
                {
                    verdict = Cases.Engine.Replay(DecisionRecord.Parse(Forgery.Set(genuine, path, Changed(leaf)))).Verdict;
                }
                catch (IncentiveValidationException)
                {
                    verdict = null;
                }

                verdict.Should().NotBe(ReplayVerdict.Reproduced, $"{path} changed from {leaf.ToJsonString()} must not reproduce");
                checkedLeaves++;
            }
        }

        checkedLeaves.Should().BeGreaterThan(500);
    }

    private static IEnumerable<(string Path, JsonValue Leaf)> Leaves(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Leaves(p.Value, $"{path}.{p.Key}")),
        JsonArray a => a.SelectMany((item, i) => item is null ? [] : Leaves(item, $"{path}[{i}]")),
        JsonValue v => [(path, v)],
        _ => [],
    };

    /// <summary>Another value of the same JSON kind: a string with a character added, a number one unit of its last digit more, a flipped boolean.</summary>
    private static JsonNode Changed(JsonValue leaf)
    {
        var element = leaf.GetValue<System.Text.Json.JsonElement>();
        return element.ValueKind switch
        {
            System.Text.Json.JsonValueKind.String => JsonValue.Create(element.GetString() + "x"),
            System.Text.Json.JsonValueKind.True => JsonValue.Create(false),
            System.Text.Json.JsonValueKind.False => JsonValue.Create(true),
            _ => JsonNode.Parse(OneMoreInTheLastDigit(element.GetRawText()))!,
        };
    }

    private static string OneMoreInTheLastDigit(string number)
    {
        var value = decimal.Parse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        var scale = number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return (value + (1m / (decimal)Math.Pow(10, scale))).ToString("F" + scale, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One to three mutations of a genuine record; a third of them with the digest recomputed afterwards.</summary>
    private static string Mutate(Random random)
    {
        var index = random.Next(Seeds.Length);
        var seed = Seeds[index];
        if (random.Next(3) == 0)
        {
            var (path, _) = SeedLeaves[index][random.Next(SeedLeaves[index].Length)];
            try
            {
                return Forgery.Set(seed, path, JsonNode.Parse(Replacements[random.Next(Replacements.Length)]));
            }
            catch (IncentiveValidationException)
            {
                // The digest could not be recomputed because the edit is already refused; the unedited record reproduces, so
                // send a truncated one instead, which must be refused.
                return seed[..(seed.Length / 2)];
            }
        }

        var text = new StringBuilder(seed);
        for (var i = 0; i < random.Next(1, 4); i++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(6))
            {
                case 0:
                    text.Remove(at, Math.Min(text.Length - at, random.Next(1, 20)));
                    break;
                case 1:
                    text.Insert(at, "{}[],:\"\\0123456789-eE.tfn "[random.Next(26)]);
                    break;
                case 2:
                    var line = text.ToString().IndexOf('\n', at);
                    if (line > 0)
                    {
                        var end = text.ToString().IndexOf('\n', line + 1);
                        if (end > line)
                        {
                            text.Insert(line, text.ToString(line, end - line).TrimEnd(',') + ",");
                        }
                    }

                    break;
                case 3:
                    text.Length = at;
                    break;
                case 4:
                    text.Replace("\"digest\": \"sha256:", "\"digest\": \"sha256:0", at, text.Length - at);
                    break;
                default:
                    text.Insert(at, new string('[', random.Next(30, 200)));
                    break;
            }
        }

        return text.ToString();
    }
}
