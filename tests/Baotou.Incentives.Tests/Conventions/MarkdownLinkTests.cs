namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// README.md and every Markdown file under docs/ can be read from a clone alone: no link leaves the repository, and every
/// link reaches a file, folder or heading that exists.
/// </summary>
public sealed class MarkdownLinkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-links-").FullName;

    [Fact]
    public void No_link_in_the_readme_or_docs_leaves_the_repository_or_misses_its_target()
    {
        var root = ConventionTests.RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(root, "README.md"))
            .ToArray();
        files.Should().Contain(f => f.EndsWith(Path.Combine("docs", "policy", "baotou-2023-149.zh.md"), StringComparison.Ordinal));

        var broken = files.SelectMany(f => MarkdownLinks.Broken(root, f)).ToArray();

        broken.Should().BeEmpty("each of these cannot be followed from a clone:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_walker_finds_every_kind_of_broken_link_and_passes_good_ones()
    {
        File.WriteAllText(Path.Combine(_folder, "other.md"), "# A heading, with `code` and 中文（全角）\n## Twice\n## Twice\n");
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        var doc = Path.Combine(_folder, "doc.md");
        File.WriteAllText(doc, string.Join('\n',
            "good: [a](other.md) [b](other.md#a-heading-with-code-and-中文全角) [c](other.md#twice-1) [d](sub) [e](#local)",
            "web: [w](https://example.org/x) and a bare http://example.org too",
            "missing: [m](nope.md) [n](other.md#nope) [o](../outside.md) [p](/etc/passwd)",
            "`[in code](https://example.org/code)`",
            "```",
            "[in a block](https://example.org/block)",
            "```",
            "## Local"));

        var broken = MarkdownLinks.Broken(_folder, doc).ToArray();

        broken.Should().Equal(
            "doc.md:2: https://example.org/x: leaves the repository (a clone has no network to follow it)",
            "doc.md:2: http://example.org: leaves the repository (a clone has no network to follow it)",
            "doc.md:3: nope.md: no such file or folder in the repository",
            "doc.md:3: other.md#nope: no heading with the anchor #nope in other.md",
            "doc.md:3: ../outside.md: points outside the repository",
            "doc.md:3: /etc/passwd: is an absolute path: link relative to the file");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
