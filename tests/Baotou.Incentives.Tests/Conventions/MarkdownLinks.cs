using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// Finds the links of a Markdown file that a clone cannot follow: one that leaves the repository (a URL, an absolute path,
/// a path above the root), or one to a file, folder or heading anchor that does not exist. Code (fenced blocks and inline
/// spans) is not read: a command in a code block is not a link.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>The broken links of one file, each as <c>file:line: target: why</c>.</summary>
    internal static IEnumerable<string> Broken(string root, string file)
    {
        var lines = File.ReadAllLines(file);
        var name = Path.GetRelativePath(root, file).Replace('\\', '/');
        foreach (var (line, number) in Prose(lines))
        {
            foreach (var target in Targets(CodeSpan().Replace(line, "``")))
            {
                var why = Why(root, file, target);
                if (why is not null)
                {
                    yield return $"{name}:{number}: {target}: {why}";
                }
            }
        }
    }

    /// <summary>The anchors GitHub gives a Markdown file's headings (and any explicit <c>id</c>/<c>name</c> attributes).</summary>
    internal static ISet<string> Anchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, _) in Prose(File.ReadAllLines(file)))
        {
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var slug = Slug(heading.Groups[1].Value.Replace("`", string.Empty, StringComparison.Ordinal));
                var count = seen.GetValueOrDefault(slug);
                seen[slug] = count + 1;
                anchors.Add(count == 0 ? slug : $"{slug}-{count}");
            }

            foreach (Match id in ExplicitAnchor().Matches(line))
            {
                anchors.Add(id.Groups[1].Value);
            }
        }

        return anchors;
    }

    /// <summary>GitHub's heading anchor: lower case, inline code marks dropped, punctuation removed, spaces to hyphens.</summary>
    internal static string Slug(string heading)
    {
        var text = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            var category = char.GetUnicodeCategory(c);
            if (c == ' ')
            {
                text.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c) || char.IsNumber(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static string? Why(string root, string file, string target)
    {
        if (Scheme().IsMatch(target) || target.StartsWith("//", StringComparison.Ordinal))
        {
            return "leaves the repository (a clone has no network to follow it)";
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        if (path.StartsWith('/') || Path.IsPathRooted(path))
        {
            return "is an absolute path: link relative to the file";
        }

        var resolved = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
        var rootWithSeparator = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!resolved.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            return "points outside the repository";
        }

        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return "no such file or folder in the repository";
        }

        if (anchor is not null && (!resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !Anchors(resolved).Contains(Uri.UnescapeDataString(anchor))))
        {
            return $"no heading with the anchor #{anchor} in {Path.GetFileName(resolved)}";
        }

        return null;
    }

    // Inline links and images [text](target "title"), reference definitions [label]: target, autolinks <scheme:…>, and
    // bare URLs, which GitHub turns into links too.
    private static IEnumerable<string> Targets(string line)
    {
        foreach (Match m in InlineLink().Matches(line))
        {
            yield return m.Groups[1].Value.Trim('<', '>');
        }

        var definition = ReferenceDefinition().Match(line);
        if (definition.Success)
        {
            yield return definition.Groups[1].Value.Trim('<', '>');
        }

        var withoutLinks = InlineLink().Replace(line, string.Empty);
        foreach (Match m in BareUrl().Matches(withoutLinks))
        {
            yield return m.Value.TrimEnd('.', ',', ';', ':', ')', '>');
        }

        foreach (Match m in HtmlLink().Matches(line))
        {
            yield return m.Groups[1].Value;
        }
    }

    // The lines outside fenced code blocks, numbered from 1.
    private static IEnumerable<(string Line, int Number)> Prose(string[] lines)
    {
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
                continue;
            }

            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            yield return (lines[i], i + 1);
        }
    }

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*(\S+)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"(?:https?|ftp)://[^\s<>`""]+|www\.[^\s<>`""]+", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"<a\s[^>]*href=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"<a\s[^>]*(?:id|name)=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex CodeSpan();
}
