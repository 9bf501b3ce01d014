using System.Text;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// The summary as CSV (RFC 4180: comma-separated, a field quoted when it holds a comma, quote or line break, CRLF line ends),
/// in UTF-8 with a byte-order mark so that a spreadsheet on Windows reads the Chinese in it correctly.
/// </summary>
internal static class SummaryCsv
{
    internal const string FileName = "summary.csv";

    internal static void Write(string path, IEnumerable<SummaryRow> rows)
    {
        var text = new StringBuilder();
        Line(text, SummaryRow.Columns);
        foreach (var row in rows)
        {
            Line(text, row.Cells);
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Field)).Append("\r\n");
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
