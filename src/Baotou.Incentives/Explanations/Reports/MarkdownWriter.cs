using System.Text;

namespace Baotou.Incentives.Explanations.Reports;

/// <summary>
/// Writes a report as CommonMark. Every character of words that Markdown could read as markup (links, emphasis, HTML,
/// tables) is backslash-escaped, so a unit named <c>[x](javascript:alert(3))</c> or <c>&lt;script&gt;</c> stays text.
/// </summary>
internal static class MarkdownWriter
{
    private const string Special = "\\`*_{}[]()<>#+!|~&";

    internal static string Write(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Banner b:
                    text.Append("> ").Append(Escape(b.Text)).Append("\n\n");
                    break;
                case Heading h:
                    text.Append('#', h.Level).Append(' ').Append(Inlines(h.Text));
                    text.Append(h.Id is null ? "\n\n" : $" <a id=\"{h.Id}\"></a>\n\n");
                    break;
                case Paragraph p:
                    text.Append(Inlines(p.Text)).Append("\n\n");
                    break;
                case Quote q:
                    text.Append("> ").Append(Escape(q.Text)).Append("\n\n");
                    break;
                case Items list:
                    foreach (var entry in list.Entries)
                    {
                        text.Append("- ").Append(Inlines(entry)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case Table t:
                    text.Append("| ").AppendJoin(" | ", t.Headers.Select(Escape)).Append(" |\n");
                    text.Append('|').AppendJoin("|", t.Headers.Select(_ => " --- ")).Append("|\n");
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        // A row that links point at carries its anchor in its first cell (CommonMark keeps inline HTML in a table cell).
                        text.Append("| ").Append(t.RowIds?[r] is { } rowId ? $"<a id=\"{rowId}\"></a>" : string.Empty)
                            .AppendJoin(" | ", t.Rows[r].Select(Inlines)).Append(" |\n");
                    }

                    text.Append('\n');
                    break;
                case SectionStart s:
                    text.Append($"<a id=\"{s.Id}\"></a>\n\n");
                    break;
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    internal static string Escape(string words)
    {
        var text = new StringBuilder(words.Length + 8);
        foreach (var c in words)
        {
            if (c is '\r' or '\n')
            {
                text.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static string Inlines(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Words w => Escape(w.Text),
        CodeText c => "`" + Bidi.Isolate(c.Text).Replace("`", "'", StringComparison.Ordinal).Replace("|", "¦", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "`",
        PageLink l => $"[{Escape(Bidi.Isolate(l.Text))}](#{l.Anchor})",
        _ => string.Empty,
    }));
}
