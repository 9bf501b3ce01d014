using System.Text.RegularExpressions;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// A partial type is documented once: the compiler joins the doc comments of every declaration, so IntelliSense showed
/// <c>IncentiveEngine</c> as five summaries run together. One declaration carries the type's summary; the others document
/// their members only.
/// </summary>
public sealed partial class PartialTypeDocsTests
{
    [Fact]
    public void Every_partial_type_has_its_doc_comment_on_one_declaration_only()
    {
        var sources = Path.Combine(ConventionTests.RepositoryRoot(), "src");
        var documented = Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => DocumentedPartials(File.ReadAllLines(f)).Select(type => (type, file: Path.GetRelativePath(sources, f))))
            .GroupBy(x => x.type, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.file).Order(StringComparer.Ordinal))}")
            .ToArray();

        documented.Should().BeEmpty("each of these partial types has a doc comment on more than one declaration:\n" + string.Join("\n", documented));
    }

    [Fact]
    public void A_doc_comment_above_a_partial_declaration_is_seen_through_attributes()
    {
        string[] source = ["/// <summary>x</summary>", "[Obsolete]", "public sealed partial class Engine", "{", "}", "public partial class Other", "// not a doc comment"];

        DocumentedPartials(source).Should().Equal("Engine");
    }

    private static IEnumerable<string> DocumentedPartials(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var declaration = PartialDeclaration().Match(lines[i]);
            if (!declaration.Success)
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && lines[j].TrimStart().StartsWith('['))
            {
                j--;
            }

            if (j >= 0 && lines[j].TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                yield return declaration.Groups[1].Value;
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|sealed|static|abstract|readonly|unsafe)\s+)*partial\s+(?:class|struct|record|interface)\s+(\w+)")]
    private static partial Regex PartialDeclaration();
}
