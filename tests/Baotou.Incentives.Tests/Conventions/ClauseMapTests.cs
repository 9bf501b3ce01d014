using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>Every clause of 149号 is a rule, every rule is tested, and the published map says so.</summary>
public sealed class ClauseMapTests
{
    private static readonly IReadOnlyList<ClauseMap.RuleRow> Map = ClauseMap.Build();

    [Fact]
    public void Every_clause_of_149_has_at_least_one_rule()
    {
        var withoutRule = Clauses.Of149.Where(c => !Map.Any(r => r.Clause == c)).ToArray();

        withoutRule.Should().BeEmpty("each measure and the closing clauses of 149号 must be executable");
    }

    [Fact]
    public void Every_rule_is_named_by_at_least_one_test()
    {
        var untested = Map.Where(r => r.TestClasses.Count == 0).Select(r => r.Rule.RuleId).ToArray();

        untested.Should().BeEmpty("a rule no test names can be wrong quietly");
    }

    [Fact]
    public void Every_rule_appears_in_the_map_under_its_clause()
    {
        Map.Select(r => r.Rule.RuleId).Should().BeEquivalentTo(RuleCatalog.ById.Keys);
    }

    [Fact]
    public void Every_reading_in_the_map_names_rules_that_exist_and_words_of_the_original()
    {
        // 149号's words against the copy in the repository; the law's text is not in docs/policy yet, so its row is not checked.
        var original = File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "docs", "policy", "baotou-2023-149.zh.md")).Replace("\n", string.Empty, StringComparison.Ordinal);

        ClauseMap.Readings.SelectMany(r => r.RuleIds).Where(id => !RuleCatalog.ById.ContainsKey(id)).Should().BeEmpty();
        ClauseMap.Readings.Where(r => r.Clause.StartsWith("149号", StringComparison.Ordinal)).SelectMany(r => r.Words.Split('…', '；'))
            .Where(words => !original.Contains(words, StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void The_published_map_is_current()
    {
        var path = Path.Combine(ConventionTests.RepositoryRoot(), ClauseMap.DocumentPath);
        var expected = ClauseMap.Render(Map);
        if (Environment.GetEnvironmentVariable("BAOTOU_WRITE_CLAUSE_MAP") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        File.Exists(path).Should().BeTrue($"{ClauseMap.DocumentPath} is generated; run with BAOTOU_WRITE_CLAUSE_MAP=1 to write it");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected,
            $"{ClauseMap.DocumentPath} must match the code; regenerate it with BAOTOU_WRITE_CLAUSE_MAP=1 dotnet test tests/Baotou.Incentives.Tests --filter ClauseMapTests");
    }
}
