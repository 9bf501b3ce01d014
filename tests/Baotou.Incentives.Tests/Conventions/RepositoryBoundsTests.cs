using System.Text.RegularExpressions;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// The README's test command passes in a fresh clone with nothing beside it: no test reads a path above the repository's
/// root (the originals it compares with are committed under <c>docs/policy/</c>).
/// </summary>
public sealed partial class RepositoryBoundsTests
{
    [Fact]
    public void No_test_reads_outside_the_repository()
    {
        var root = ConventionTests.RepositoryRoot();
        var separator = Path.DirectorySeparatorChar;
        Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(root, f), Line: i + 1, Text: line)))
            .Where(l => AboveTheRoot().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}")
            .Should().BeEmpty("a test reads only what a clone of the repository holds");
    }

    // The repository's root joined with "..": the one way up from it (paths of policy cases stay under their folder).
    [GeneratedRegex(@"RepositoryRoot\(\)\s*,\s*""\.\.""")]
    private static partial Regex AboveTheRoot();
}
