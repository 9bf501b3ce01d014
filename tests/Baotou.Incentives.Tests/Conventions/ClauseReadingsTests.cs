using Baotou.Incentives.Rules;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>The readings published with the clause map quote the originals word for word and name rules that apply them.</summary>
public sealed class ClauseReadingsTests
{
    [Fact]
    public void Each_readings_words_are_the_originals()
    {
        var originals = OriginalTexts.Joined(OriginalTexts.Baotou149) + OriginalTexts.Joined(OriginalTexts.Law2015Articles43To45);

        ClauseReadings.All.SelectMany(r => r.Words.Split('…').Where(w => !originals.Contains(w, StringComparison.Ordinal)).Select(w => $"{r.Clause}: {w}"))
            .Should().BeEmpty("the words that decide a reading are quoted verbatim");
    }

    [Fact]
    public void Each_reading_names_rules_that_cite_its_clause()
    {
        ClauseReadings.All.SelectMany(r => r.RuleIds.Where(id => !RuleCatalog.ById.TryGetValue(id, out var rule) || rule.Clause != r.Clause).Select(id => $"{r.Clause}: {id}"))
            .Should().BeEmpty();
    }

    [Fact]
    public void The_published_map_says_each_reading()
    {
        var map = File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), ClauseMap.DocumentPath));

        ClauseReadings.All.Where(r => !map.Contains(r.Reading, StringComparison.Ordinal)).Select(r => r.Clause).Should().BeEmpty();
    }
}
