using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Support;

/// <summary>
/// The original texts as the repository keeps them (<c>docs/policy/</c>): a note on the document above a <c>---</c> line, the
/// original verbatim below it. Tests read these copies and nothing outside the repository, so a fresh clone tests alone.
/// </summary>
internal static class OriginalTexts
{
    /// <summary>包府办发〔2023〕149号, verbatim.</summary>
    internal static string Baotou149 => Below("baotou-2023-149.zh.md");

    /// <summary>《促进科技成果转化法》第四十三条至第四十五条, verbatim.</summary>
    internal static string Law2015Articles43To45 => Below("law-2015-articles-43-45.zh.md");

    /// <summary>The committed file under <c>docs/policy/</c>.</summary>
    internal static string PathOf(string fileName) => Path.Combine(ConventionTests.RepositoryRoot(), "docs", "policy", fileName);

    /// <summary>
    /// The printed original breaks lines (and some words) at page ends; joined, a quote of it must appear in it exactly.
    /// </summary>
    internal static string Joined(string original) => original.Replace("\n", string.Empty, StringComparison.Ordinal);

    private static string Below(string fileName)
    {
        const string Line = "\n---\n";
        var text = File.ReadAllText(PathOf(fileName));
        var at = text.IndexOf(Line, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"docs/policy/{fileName} has no '---' line above the original") : text[(at + Line.Length)..];
    }
}
