using System.Text;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// The summary as CSV (RFC 4180: comma-separated, a field quoted when it holds a comma, quote or line break, CRLF line ends),
/// its header and words in the language of <c>--lang</c> (ids, paths and amounts as they are), in UTF-8 with a byte-order mark so that a spreadsheet on Windows reads the Chinese in it correctly. A cell a spreadsheet
/// would evaluate as a formula (one that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return:
/// OWASP's rule against CSV injection) is written with a single quote in front (<c>'=HYPERLINK(…)</c>), so a case id or a
/// problem from a case file is shown as text, never run.
/// </summary>
internal static class SummaryCsv
{
    internal const string FileName = "summary.csv";

    internal static void Write(string path, IEnumerable<SummaryRow> rows, ExplanationLanguage language)
    {
        var text = new StringBuilder();
        Line(text, SummaryRow.Header(language));
        foreach (var row in rows)
        {
            Line(text, row.Cells(language));
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Field)).Append("\r\n");
    }

    internal static string Field(string value)
    {
        var text = Neutralised(value);
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The value with a single quote in front when a spreadsheet would read it as a formula.</summary>
    private static string Neutralised(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
