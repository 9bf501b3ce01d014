using System.Net;
using System.Text;

namespace Baotou.Incentives.Explanations.Reports;

/// <summary>
/// Writes a report as one self-contained HTML page: inline style, no script, no external asset. It reads on a phone (a
/// viewport, margins, long ids and digests wrapping, tables reflowing into labelled lines below 40em) and on A4 paper (a
/// print stylesheet), in a CJK font stack with fallbacks. Everything a case supplies is encoded, and bidi-isolated in
/// <c>&lt;bdi&gt;</c>.
/// </summary>
internal static class HtmlWriter
{
    private const string Style = """
        :root{color-scheme:light}
        *{box-sizing:border-box}
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:76em;margin:0 auto;padding:1em;line-height:1.6;color:#111;background:#fff;overflow-wrap:anywhere;word-break:break-word}
        h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}h3{font-size:1.05em;margin-bottom:.3em}
        code{font-family:"Noto Sans Mono CJK SC","DejaVu Sans Mono",monospace;background:#f3f3f3;padding:0 .2em;overflow-wrap:anywhere;word-break:normal}
        table{border-collapse:collapse;width:100%;margin:.5em 0 1em;table-layout:auto}
        th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:break-word;word-break:normal}
        th{background:#f0f0f0}
        @media (min-width:40em){td.label{white-space:nowrap}}
        @media (min-width:60em){th{white-space:nowrap}}
        .ref{font-size:.8em;color:#555;margin-top:0}
        .basis-working{margin:.5em 0}
        .basis-working tr.not-counted td{color:#8a4b00;background:#fff8ec}
        .basis-working tr.deducted td{color:#444}
        blockquote{margin:.5em 0;padding:.3em .8em;border-left:4px solid #888;background:#fafafa}
        .outcome{border:1px solid #ddd;border-radius:4px;padding:.2em 1em;margin:1em 0}
        .set-aside{background:#fbf7ee}
        .tampered{color:#a00;background:#fdecec;border:2px solid #a00;border-radius:4px;padding:.6em 1em;margin:.5em 0 1em;font-weight:bold}
        .met{color:#060}.not-met{color:#b00}.note{color:#444}
        @media (max-width:40em){
          body{padding:.75em}
          table.reflow,.reflow thead,.reflow tbody,.reflow tr,.reflow th,.reflow td{display:block;width:100%}
          .reflow thead{display:none}
          .reflow tr{border:1px solid #bbb;margin:0 0 .6em}
          .reflow td{border:none;border-bottom:1px solid #eee}
          .reflow td::before{content:attr(data-label);display:block;font-weight:bold;color:#444}
          table.pairs th:first-child,table.pairs td:first-child{width:30%}
        }
        @media print{
          body{max-width:none;padding:0;font-size:10.5pt}
          a{color:inherit;text-decoration:none}
          h2,h3{break-after:avoid}
          .outcome,tr,blockquote{break-inside:avoid}
        }
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="blocks">The report's blocks, in reading order.</param>
    /// <param name="language">The language code (<c>zh</c> or <c>en</c>).</param>
    /// <param name="title">The page's title.</param>
    /// <param name="runningHead">Printed at the top of every A4 page: the title and the case id.</param>
    /// <param name="pageNumber">The words of a page number, with <c>{0}</c> for the page and <c>{1}</c> for the number of pages, printed at the foot of every page.</param>
    internal static string Write(IEnumerable<Block> blocks, string language, string title, string runningHead, string pageNumber)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(language == "zh" ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append('\n').Append(PageStyle(runningHead, pageNumber)).Append("\n</style>\n</head>\n<body>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Banner b:
                    html.Append("<div class=\"tampered\" role=\"alert\">").Append(Encode(b.Text)).Append("</div>\n");
                    break;
                case Heading h:
                    html.Append($"<h{h.Level}").Append(h.Id is null ? string.Empty : $" id=\"{h.Id}\"").Append('>').Append(Inlines(h.Text)).Append($"</h{h.Level}>\n");
                    break;
                case Paragraph p:
                    html.Append("<p").Append(p.Class is null ? string.Empty : $" class=\"{p.Class}\"").Append('>').Append(Inlines(p.Text)).Append("</p>\n");
                    break;
                case Quote q:
                    html.Append("<blockquote>").Append(Encode(q.Text)).Append("</blockquote>\n");
                    break;
                case Items list:
                    html.Append("<ul>\n");
                    foreach (var entry in list.Entries)
                    {
                        html.Append("<li>").Append(Inlines(entry)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case Table t:
                    html.Append("<table").Append(t.Id is null ? string.Empty : $" id=\"{t.Id}\"")
                        .Append(" class=\"").Append(t.Headers.Count == 2 ? "pairs" : "reflow").Append(t.Class is null ? string.Empty : " " + t.Class).Append('"').Append(">\n<thead><tr>").AppendJoin(string.Empty, t.Headers.Select(h => $"<th scope=\"col\">{Encode(h)}</th>")).Append("</tr></thead>\n<tbody>\n");
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        var row = t.Rows[r];
                        var rowClass = string.Join(' ', new[] { t.RowClass, t.RowClasses?[r] }.Where(c => !string.IsNullOrEmpty(c)));
                        html.Append("<tr").Append(t.RowIds?[r] is { } rowId ? $" id=\"{rowId}\"" : string.Empty).Append(rowClass.Length > 0 ? $" class=\"{rowClass}\"" : string.Empty).Append('>');
                        for (var i = 0; i < row.Count; i++)
                        {
                            html.Append("<td").Append(t.LabelColumns?.Contains(i) == true ? " class=\"label\"" : string.Empty)
                                .Append($" data-label=\"{Encode(t.Headers[i])}\">").Append(Inlines(row[i])).Append("</td>");
                        }

                        html.Append("</tr>\n");
                    }

                    html.Append("</tbody>\n</table>\n");
                    break;
                case SectionStart s:
                    html.Append($"<section class=\"{s.Class}\" id=\"{s.Id}\"").Append(s.Subject is null ? string.Empty : $" data-outcome=\"{Encode(s.Subject)}\"").Append(">\n");
                    break;
                case SectionEnd:
                    html.Append("</section>\n");
                    break;
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Encodes text for HTML and turns the isolate marks <see cref="Bidi"/> put around case text into <c>&lt;bdi&gt;</c>.</summary>
    internal static string Encode(string text) => WebUtility.HtmlEncode(text)
        .Replace(Bidi.FirstStrongIsolate.ToString(), "<bdi>", StringComparison.Ordinal)
        .Replace(Bidi.PopDirectionalIsolate.ToString(), "</bdi>", StringComparison.Ordinal);

    /// <summary>
    /// The A4 page: margins, and margin boxes with the running head (the title and the case id) at the top and the page number
    /// at the foot of every page. Both are case text inside a CSS string, so every character but a letter, a digit or a space is
    /// written as a CSS escape: nothing in a case id can close the string or the style element.
    /// </summary>
    internal static string PageStyle(string runningHead, string pageNumber)
    {
        var number = pageNumber.Split("{0}");
        var before = number[0];
        var afterPage = number.Length > 1 ? number[1].Split("{1}") : [string.Empty];
        var pageWords = CssString(before) + " counter(page) " + CssString(afterPage[0])
            + (afterPage.Length > 1 ? " counter(pages) " + CssString(afterPage[1]) : string.Empty);
        return "@page{size:A4;margin:18mm 15mm 20mm;"
            + "@top-left{content:" + CssString(runningHead) + ";font-size:8pt;color:#555}"
            + "@bottom-center{content:" + pageWords + ";font-size:8pt;color:#555}}";
    }

    /// <summary>A CSS string literal of any text: every character but an ASCII letter or digit, a space or a CJK character escaped as <c>\XXXXXX</c>.</summary>
    internal static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii ? char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == ' ' : rune.Value is >= 0x3000 and <= 0x9FFF or >= 0xFF01 and <= 0xFF5E)
            {
                css.Append(rune.ToString());
            }
            else
            {
                // Six hex digits and a space: CSS reads one whitespace after an escape as its end, so the next character stays.
                css.Append('\\').Append(rune.Value.ToString("X6", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return css.Append('"').ToString();
    }

    /// <summary>An id wraps after its separators (<c>/</c>, <c>#</c>, <c>:</c>) before it wraps anywhere else: <c>149-8-contract-net-income</c> never breaks mid-word while it fits on a line.</summary>
    private static string BreakAfterSeparators(string text)
    {
        var html = new StringBuilder();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '/' or '#' or ':')
            {
                html.Append(Encode(text[start..(i + 1)])).Append("<wbr>");
                start = i + 1;
            }
        }

        return html.Append(Encode(text[start..])).ToString();
    }

    private static string Inlines(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Words w => Encode(w.Text),
        CodeText c => "<code>" + BreakAfterSeparators(Bidi.Isolate(c.Text)) + "</code>",
        PageLink l => $"<a{(l.Class is null ? string.Empty : $" class=\"{l.Class}\"")} href=\"#{l.Anchor}\">{Encode(Bidi.Isolate(l.Text))}</a>",
        _ => string.Empty,
    }));
}
