using System.CommandLine;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>explain RECORD [--format md|html] [--lang zh|en] [--out FILE] [--pack FILE…]</c>: a decision record explained for a
/// person, under the packs it was made under; a <c>--pack</c> file that differs from the recorded pack of its id is said and
/// no report is written (exit 1).
/// </summary>
internal static class ExplainCommand
{
    internal static Command Create(ToolContext context)
    {
        var record = new Argument<string>("record") { Description = "the decision record to explain (JSON, as written by evaluate)" };
        var format = new Option<string>("--format")
        {
            Description = "md (Markdown) or html (one self-contained page)",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "html");
        var lang = new Option<string>("--lang")
        {
            Description = "zh (中文) or en (English)",
            DefaultValueFactory = _ => "zh",
        };
        lang.AcceptOnlyFromAmong("zh", "en");
        var output = new Option<string>("--out") { Description = "the file to write the report to (standard output when left out)", HelpName = "file" };
        var packs = PackFiles.Option("a pack file to check against the pack of its id the record was made under: when it differs, no report (exit 1); repeatable");
        var command = new Command("explain", "Explain a decision record for a person: outcomes with their clause, facts, parameter and arithmetic, then the trace")
        {
            record, format, lang, output, packs,
        };
        command.SetAction(result => Guarded.Run(context, () =>
            Explain(context, result.GetValue(record)!, result.GetValue(format)!, result.GetValue(lang)!, result.GetValue(output), result.GetValue(packs) ?? [])));
        return command;
    }

    private static int Explain(ToolContext context, string path, string format, string lang, string? outFile, string[] packFiles)
    {
        if (outFile is not null)
        {
            InputFiles.CheckWritable(outFile, "--out", [path, .. packFiles]);
        }

        var read = RecordPacks.Read(path, packFiles);
        if (read.Differences.Count > 0)
        {
            foreach (var difference in read.Differences)
            {
                context.Error.WriteLine(difference);
            }

            context.Error.WriteLine($"{path}: not explained: it was not made under the pack files given");
            return ExitCodes.DivergedOrFailed;
        }

        var record = read.Record;
        var engine = new IncentiveEngine(read.Packs);
        var language = lang == "en" ? ExplanationLanguage.English : ExplanationLanguage.Chinese;

        // The report states the replay verdict, so an auditor reads first whether the decision still stands.
        var replay = engine.Replay(record);
        var text = format == "html" ? DecisionReport.ToHtml(record, language, replay) : DecisionReport.ToMarkdown(record, language, replay);
        if (outFile is null)
        {
            context.Output.Write(text);
        }
        else
        {
            InputFiles.Write(outFile, text);
            context.Output.WriteLine($"wrote {outFile}: the {(format == "html" ? "HTML" : "Markdown")} report of case {record.Case.Id} in {(lang == "en" ? "English" : "中文")}");
        }

        return ExitCodes.Success;
    }
}
