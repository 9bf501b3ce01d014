using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Baotou.Incentives.Cli.Batch;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Cli.Usage;
using Baotou.Incentives.Impact;
using Baotou.Incentives.Money;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>impact --pack NEW.json RECORDS… [--format table|csv|json]</c>: replays every decision record in the folders (or files)
/// under its own packs, then with the new pack added (or in place of the pack of its id), and lists each governing entitlement
/// that moves: old → new amount, rate and verb, and the principle that decided. Records stream one at a time (bounded
/// memory); records that cannot be replayed (tampered, invalid) are listed apart, and the totals close the output. Exit 0
/// when every record was replayed, 2 when one could not be (after listing everything).
/// </summary>
internal static class ImpactCommand
{
    /// <summary>How often a person at a terminal is told how far it got.</summary>
    private const int ProgressEvery = 500;

    private static readonly string[] CsvColumns =
    [
        "file", "case", "evaluationDate", "status", "clause", "beneficiary", "before", "after", "beforeModality", "afterModality",
        "beforeRate", "afterRate", "beforeAmount", "afterAmount", "principleRule", "principleClause", "problem",
    ];

    internal static Command Create(ToolContext context)
    {
        var records = new Argument<string[]>("records")
        {
            Description = "folders of decision records (*.json, as written by evaluate), or record files",
            Arity = ArgumentArity.OneOrMore,
        };
        var pack = new Option<string>("--pack")
        {
            Description = "the new pack file (docs/PACKS.md): added to each record's packs, or in place of the recorded pack with its id",
            HelpName = "new.pack.json",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "table (default: one line per change, the records not replayable, totals), csv (one row per change, and one per record that does not change or cannot be replayed) or json",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("impact", "Replay recorded decisions with a new pack and list each decision that changes (old → new amount and verb, the principle that decided), the records not replayable, and totals by clause and beneficiary: exit 0, or 2 when a record could not be replayed")
        {
            records, pack, format,
        };
        command.SetAction(result => Guarded.Run(context, () => Impact(context, result.GetValue(records)!, result.GetValue(pack)!, result.GetValue(format)!)));
        return command;
    }

    private static int Impact(ToolContext context, string[] paths, string packFile, string format)
    {
        var pack = PackFiles.Read([packFile], []).Single().Pack;
        var files = InputFiles.Expand(paths);
        var assessor = new PackImpact(pack);
        var totals = new ImpactTotals();
        var apart = new List<RecordImpact>();
        using var json = format == "json" ? new JsonStream(context.Output, pack.Id) : null;
        if (format == "csv")
        {
            context.Output.WriteLine(string.Join(",", CsvColumns));
        }
        else if (format == "table")
        {
            context.Output.WriteLine($"impact of {pack.Id} ({pack.DocumentNumber}) on {files.Count} records:");
        }

        for (var i = 0; i < files.Count; i++)
        {
            var impact = Assess(assessor, files[i]);
            totals.Add(impact);
            switch (format)
            {
                case "csv":
                    WriteCsv(context.Output, impact);
                    break;
                case "json":
                    json!.Record(impact);
                    break;
                default:
                    if (impact.Status == RecordImpactStatus.NotReplayable)
                    {
                        apart.Add(impact);
                    }
                    else
                    {
                        foreach (var change in impact.Changes)
                        {
                            context.Output.WriteLine(Line(impact, change));
                        }
                    }

                    break;
            }

            if (context.Interactive && (i + 1) % ProgressEvery == 0)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"impact: {i + 1} of {files.Count} records"));
            }
        }

        if (format == "json")
        {
            json!.Totals(totals);
        }
        else if (format == "table")
        {
            WriteTable(context.Output, apart, totals);
        }

        return totals.NotReplayable == 0 ? ExitCodes.Success : ExitCodes.TamperedOrInvalid;
    }

    /// <summary>One record, read within the record's limits; a file that cannot be read is a record not replayable, with why.</summary>
    private static RecordImpact Assess(PackImpact assessor, string file)
    {
        try
        {
            return InputFiles.Read(file, "decision record", stream => assessor.Assess(file, stream));
        }
        catch (UsageProblem e)
        {
            return new RecordImpact(file, null, null, RecordImpactStatus.NotReplayable, null, null, e.Message, []);
        }
    }

    /// <summary>A change as a line: the record, the clause and beneficiary, old → new, and the principle.</summary>
    private static string Line(RecordImpact impact, EntitlementChange change)
    {
        var principle = change.PrincipleRuleId is null ? string.Empty : $"  ({change.PrincipleClause}, {change.PrincipleRuleId})";
        return string.Create(CultureInfo.InvariantCulture,
            $"{impact.Source}  {impact.CaseId} on {impact.EvaluationDate:uuuu-MM-dd}  {change.Clause} {change.Beneficiary}: {Side(change.BeforeRate, change.BeforeAmount, change.BeforeModality)} → {Side(change.AfterRate, change.AfterAmount, change.AfterModality)}{principle}");
    }

    private static string Side(decimal? rate, decimal? amount, Outcomes.Modality? modality) =>
        amount is { } a ? $"{Rate.Format(rate ?? 0m)} = {Fen.Format(a)} {modality}" : "(none)";

    private static void WriteTable(TextWriter output, List<RecordImpact> apart, ImpactTotals totals)
    {
        if (apart.Count > 0)
        {
            output.WriteLine($"not replayable ({apart.Count}), listed apart and not counted in the changes:");
            foreach (var impact in apart)
            {
                output.WriteLine($"  {impact.Source}: {impact.Problem}");
            }
        }

        output.WriteLine("totals by clause and beneficiary:");
        if (totals.ByClauseAndBeneficiary.Count == 0)
        {
            output.WriteLine("  no change");
        }

        foreach (var total in totals.ByClauseAndBeneficiary)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {total.Clause} {total.Beneficiary}: {Words.Count(total.Changes, "change")}, {Fen.Format(total.Before)} → {Fen.Format(total.After)} ({Signed(total.After - total.Before)})"));
        }

        output.WriteLine($"{totals.Changed} changed, {totals.Unchanged} unchanged, {totals.NotReplayable} not replayable");
    }

    private static string Signed(decimal difference) => (difference >= 0m ? "+" : "-") + Fen.Format(Math.Abs(difference));

    private static void WriteCsv(TextWriter output, RecordImpact impact)
    {
        var head = new[] { impact.Source, impact.CaseId ?? string.Empty, Date(impact.EvaluationDate), Status(impact.Status) };
        if (impact.Changes.Count == 0)
        {
            Row(output, [.. head, "", "", "", "", "", "", "", "", "", "", "", "", impact.Problem ?? string.Empty]);
            return;
        }

        foreach (var c in impact.Changes)
        {
            Row(output, [.. head, c.Clause, c.Beneficiary.ToString(), c.BeforeId ?? "", c.AfterId ?? "", c.BeforeModality?.ToString() ?? "", c.AfterModality?.ToString() ?? "",
                Number(c.BeforeRate), Number(c.AfterRate), Amount(c.BeforeAmount), Amount(c.AfterAmount), c.PrincipleRuleId ?? "", c.PrincipleClause ?? "", ""]);
        }
    }

    // Standard output ends lines with \n: the tool escapes a carriage return it writes there (EchoWriter), so no CRLF here.
    private static void Row(TextWriter output, string[] cells) => output.WriteLine(string.Join(",", cells.Select(SummaryCsv.Field)));

    private static string Status(RecordImpactStatus status) => status switch
    {
        RecordImpactStatus.Changed => "changed",
        RecordImpactStatus.Unchanged => "unchanged",
        _ => "not replayable",
    };

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Amount(decimal? value) => value is { } v ? Fen.Round(v).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// The JSON output, written as records pass: <c>{"pack": …, "records": [ … ], "totals": { … }}</c>. Each record's object is
    /// flushed as soon as it is written, so nothing but the writer's buffer is held.
    /// </summary>
    private sealed class JsonStream : IDisposable
    {
        private readonly TextWriter _output;
        private readonly MemoryStream _buffer = new();
        private readonly Utf8JsonWriter _writer;

        internal JsonStream(TextWriter output, string packId)
        {
            _output = output;
            var options = JsonOutput.Options;
            _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, NewLine = options.NewLine, Encoder = options.Encoder });
            _writer.WriteStartObject();
            _writer.WriteString("pack", packId);
            _writer.WriteStartArray("records");
            Flush();
        }

        internal void Record(RecordImpact impact) => Write(new
        {
            File = impact.Source,
            Case = impact.CaseId,
            EvaluationDate = impact.EvaluationDate is { } d ? Date(d) : null,
            Status = Status(impact.Status),
            PackApplied = impact.Application?.ToString(),
            Replay = impact.Verdict?.ToString(),
            impact.Problem,
            Changes = impact.Changes.Select(c => new
            {
                c.Clause,
                Beneficiary = c.Beneficiary.ToString(),
                Subject = c.SubjectFactId,
                Before = c.BeforeId,
                After = c.AfterId,
                BeforeModality = c.BeforeModality?.ToString(),
                AfterModality = c.AfterModality?.ToString(),
                c.BeforeRate,
                c.AfterRate,
                BeforeAmount = c.BeforeAmount is { } b ? Fen.Round(b) : (decimal?)null,
                AfterAmount = c.AfterAmount is { } a ? Fen.Round(a) : (decimal?)null,
                PrincipleRule = c.PrincipleRuleId,
                c.PrincipleClause,
            }),
        });

        internal void Totals(ImpactTotals totals)
        {
            _writer.WriteEndArray();
            _writer.WritePropertyName("totals");
            Write(new
            {
                totals.Changed,
                totals.Unchanged,
                totals.NotReplayable,
                ByClauseAndBeneficiary = totals.ByClauseAndBeneficiary.Select(t => new
                {
                    t.Clause,
                    Beneficiary = t.Beneficiary.ToString(),
                    t.Changes,
                    Before = Fen.Round(t.Before),
                    After = Fen.Round(t.After),
                }),
            });
            _writer.WriteEndObject();
            Flush();
            _output.WriteLine();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _buffer.Dispose();
        }

        private void Write(object value)
        {
            JsonSerializer.Serialize(_writer, value, JsonOutput.Options);
            Flush();
        }

        private void Flush()
        {
            _writer.Flush();
            _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            _buffer.SetLength(0);
        }
    }
}
