using System.Text;
using System.Text.RegularExpressions;
using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// The map from clause to rules to tests, built from the code itself: the rules from their <c>[PolicyClause]</c>, the tests
/// from the test files that name a rule's id (every rule test asserts on its rule's id, so naming it is what testing it
/// looks like here). It is written to <c>docs/CLAUSE-MAP.md</c>, and a test keeps that file current.
/// </summary>
internal static partial class ClauseMap
{
    internal const string DocumentPath = "docs/CLAUSE-MAP.md";

    internal sealed record RuleRow(string Clause, string Title, RuleInfo Rule, IReadOnlyList<string> TestClasses);

    /// <summary>Every clause the library knows, in the order of the texts, with its rules and the test classes that name them.</summary>
    internal static IReadOnlyList<RuleRow> Build()
    {
        var testFiles = Directory.EnumerateFiles(Path.Combine(ConventionTests.RepositoryRoot(), "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Text: File.ReadAllText(f), Classes: TestClass().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value).ToArray()))
            .ToArray();

        return Clauses.MeasureTitles.Keys
            .SelectMany(clause => RuleCatalog.ById.Values
                .Where(r => r.Clause == clause)
                .OrderBy(r => r.RuleId, StringComparer.Ordinal)
                .Select(rule => new RuleRow(clause, Clauses.MeasureTitles[clause], rule, testFiles
                    .Where(f => f.Text.Contains('"' + rule.RuleId + '"', StringComparison.Ordinal))
                    .SelectMany(f => f.Classes)
                    .Distinct()
                    .Order(StringComparer.Ordinal)
                    .ToArray())))
            .ToArray();
    }

    internal static string Render(IReadOnlyList<RuleRow> rows)
    {
        var text = new StringBuilder()
            .Append("# Clause → rule → test map\n\n")
            .Append("Generated from the code by `ClauseMapTests` (tests/Baotou.Incentives.Tests/Conventions); do not edit by hand.\n")
            .Append("A test fails when a clause of 149号 has no rule, when a rule has no test, or when this file is out of date.\n")
            .Append("To regenerate: `BAOTOU_WRITE_CLAUSE_MAP=1 dotnet test tests/Baotou.Incentives.Tests --filter ClauseMapTests`.\n\n")
            .Append("| Clause | Measure | Rule | Tests |\n")
            .Append("|---|---|---|---|\n");
        foreach (var row in rows)
        {
            text.Append($"| {row.Clause} | {row.Title} | `{row.Rule.RuleId}` ({row.Rule.RuleType.Name}) | {string.Join(", ", row.TestClasses)} |\n");
        }

        text.Append("\n## Readings that decide the words\n\n")
            .Append("Where the words of the original decide an outcome's verb, scope or quote, the reading the rules take, with those words\n")
            .Append("(verbatim; `…` joins words apart in the text). The README's \"How the policy is read\" says why.\n\n")
            .Append("| Clause | The words that decide | Reading | Rules |\n")
            .Append("|---|---|---|---|\n");
        foreach (var reading in ClauseReadings.All)
        {
            text.Append($"| {reading.Clause} | {reading.Words} | {reading.Reading} | {string.Join(", ", reading.RuleIds.Select(id => $"`{id}`"))} |\n");
        }

        return text.ToString();
    }

    [GeneratedRegex(@"public sealed class (\w+Tests)\b")]
    private static partial Regex TestClass();
}
