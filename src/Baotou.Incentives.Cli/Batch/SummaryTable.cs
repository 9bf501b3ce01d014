using Baotou.Incentives.Money;
using Spectre.Console;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// The summary as a table for a person at a terminal (the file column shows names only: the CSV has the paths); cells are
/// <see cref="Text"/>, never parsed as markup.
/// </summary>
internal static class SummaryTable
{
    internal static Table Of(IEnumerable<SummaryRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("case").AddColumn("beneficiary").AddColumn(new TableColumn("amount").RightAligned().NoWrap())
            .AddColumn("modality").AddColumn(new TableColumn("status").NoWrap()).AddColumn("file");
        foreach (var row in rows)
        {
            var amount = decimal.TryParse(row.Amount, System.Globalization.CultureInfo.InvariantCulture, out var yuan) ? Fen.Format(yuan) : string.Empty;
            var status = row.Status == SummaryRow.Refused ? new Text(row.Status, new Style(Color.Red)) : new Text(row.Status);
            table.AddRow(new Text(EchoWriter.Escaped(row.Case)), new Text(EchoWriter.Escaped(row.Beneficiary)), new Text(amount), new Text(row.Modality), status,
                new Text(EchoWriter.Escaped(Path.GetFileName(row.File))));
        }

        return table;
    }
}
