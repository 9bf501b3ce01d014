using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Money;
using Spectre.Console;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// The summary as a table for a person at a terminal, in the words of <c>--lang</c>: case, clause, beneficiary, amount, what
/// the text says, status and file (names only: the CSV has the paths). The case id and the amount never wrap, so an id is
/// never cut mid-word; the words (clause, beneficiary, verb, status) wrap between words. Cells are <see cref="Text"/>, never parsed as markup.
/// </summary>
internal static class SummaryTable
{
    internal static Table Of(IEnumerable<SummaryRow> rows, ExplanationLanguage language)
    {
        var words = ToolWords.For(language);
        string Column(string key) => words.Get("cli.summary.column." + key);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn(Column("case")).NoWrap())
            .AddColumn(Column("clause"))
            .AddColumn(Column("beneficiary"))
            .AddColumn(new TableColumn(Column("amount")).RightAligned().NoWrap())
            .AddColumn(Column("verb"))
            .AddColumn(Column("status"))
            .AddColumn(Column("file"));
        foreach (var row in rows)
        {
            var cells = row.Cells(language);
            var amount = row.Entitlement is { } e ? Fen.Format(Fen.Round(e.MinimumAmount)) : string.Empty;
            var status = row.Status == SummaryStatus.Refused ? new Text(cells[6], new Style(Color.Red)) : new Text(cells[6]);
            table.AddRow(new Text(EchoWriter.Escaped(row.Case)), new Text(cells[2]), new Text(cells[3]), new Text(amount), new Text(cells[5]), status,
                new Text(EchoWriter.Escaped(Path.GetFileName(row.File))));
        }

        return table;
    }
}
