using System.Globalization;
using System.Text.RegularExpressions;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// docs/PACKS.md says what is true: its complete example is the sample pack file, the reader says of its refused example
/// exactly the lines it shows, its change example is <see cref="PolicyPack.ChangedBy"/>'s pack, and its table lists every
/// parameter the rules read with its unit and shipped value.
/// </summary>
public sealed partial class PacksDocumentTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "docs", "PACKS.md"));

    [Fact]
    public void The_complete_example_is_the_sample_pack_file()
    {
        Block("pack-file", "baotou-2025-x").Should().Be(File.ReadAllText(PackFiles.SamplePath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_reader_says_of_the_refused_example_exactly_what_the_document_shows()
    {
        PackFiles.Problems(Block("pack-file", "refused")).Should().Equal(Block("reader-says", "refused").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void The_change_example_is_the_pack_ChangedBy_builds()
    {
        var change = Baotou149.Pack.ChangedBy("nmg-2025-x", PolicyLevel.AutonomousRegion, "内政办发〔2025〕X号", "…",
            new LocalDate(2024, 12, 1), new LocalDate(2025, 1, 1), [new ProvisionChange(Baotou149.RegionalIncentiveRate, 0.15m, "内政办发〔2025〕X号: …15%…")]);

        PackFile.SameDefinition(PackFile.Parse(Block("pack-file", "change")), change).Should().BeTrue();
    }

    [Fact]
    public void The_parameter_table_lists_every_parameter_with_its_unit_and_shipped_value()
    {
        var rows = TableRow().Matches(Document).ToDictionary(m => m.Groups["key"].Value, m => (Unit: m.Groups["unit"].Value, Value: decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)));

        foreach (var pack in KnownPacks.All)
        {
            foreach (var parameter in RuleSets.ParametersReadBy(pack.RuleSet))
            {
                rows.Should().ContainKey(parameter.Key);
                rows[parameter.Key].Should().Be((parameter.Unit.ToString(), pack.Read(parameter, pack.EffectiveFrom).Value), parameter.Key);
            }
        }

        rows.Should().HaveCount(RuleSets.All.Sum(r => RuleSets.ParametersReadBy(r).Count));
    }

    /// <summary>The fenced block after <c>&lt;!-- kind: name --&gt;</c>, with "\n" line ends.</summary>
    private static string Block(string kind, string name)
    {
        var lines = Document.ReplaceLineEndings("\n").Split('\n');
        var marker = Array.IndexOf(lines, $"<!-- {kind}: {name} -->");
        marker.Should().BeGreaterThan(-1, "docs/PACKS.md marks the block {0}: {1}", kind, name);
        var body = lines.Skip(marker + 2).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal));
        return string.Join("\n", body) + "\n";
    }

    [GeneratedRegex(@"^\| `(?<key>(149|law2015)\.[^`]+)` \| (?<unit>Rate|Yuan|Years) \| [^|]+ \| (?<value>[0-9.]+) ", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
