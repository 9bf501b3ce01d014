using System.CommandLine;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Cli.Usage;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Replay;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>explain RECORD [--format md|html] [--lang zh|en] [--out FILE] [--pack FILE…] [--trust PEM] [--force]</c>: a decision
/// record explained for a person, under the packs it was made under; a <c>--pack</c> file that differs from the recorded
/// pack of its id is said and no report is written (exit 1). A record replay does not reproduce (tampered or signature
/// invalid: exit 2; diverged: exit 1; untrusted under <c>--trust</c>: exit 3, the codes <c>replay</c> gives) is not
/// explained unless <c>--force</c> asks for it, then under a red warning above everything and exit 0.
/// </summary>
internal static class ExplainCommand
{
    internal static Command Create(ToolContext context)
    {
        var record = new Argument<string>("record") { Description = "the decision record to explain (JSON, as written by evaluate)" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "md (Markdown) or html (one self-contained page)",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "html");
        var lang = CommonOptions.Lang();
        var output = new Option<string>("--out", "-o") { Description = "the file to write the report to (standard output when left out)", HelpName = "file" };
        var packs = PackFiles.Option("a pack file to check against the pack of its id the record was made under: when it differs, no report (exit 1); repeatable");
        var trust = SigningOptions.TrustOption(", as replay --trust");
        var force = new Option<bool>("--force")
        {
            Description = "write the report even of a record that is tampered (exit 2 otherwise), has an invalid signature (2), diverged (1) or is untrusted (3), under a red warning at its top; exit 0",
        };
        var command = new Command("explain", "Explain a decision record for a person: outcomes with their clause, facts, parameter and arithmetic, then the trace; the header says the digest, the signature and the replay verdict. A record that is tampered, has an invalid signature, diverged or is untrusted is not explained (replay's exit code) unless --force")
        {
            record, format, lang, output, packs, trust, force,
        };
        command.SetAction(result => Guarded.Run(context, () => Explain(
            context, result.GetValue(record)!, result.GetValue(format)!, CommonOptions.Language(result.GetValue(lang)), result.GetValue(output), result.GetValue(packs) ?? [],
            result.GetValue(trust), result.GetValue(force))));
        return HelpExamples.Add(
            command,
            "baotou-incentives explain record.json -l en                     # Markdown in English on standard output",
            "baotou-incentives explain record.json -f html -o report.html    # one self-contained page in 中文",
            "baotou-incentives explain record.json --trust cert.pem -o report.md   # only a record signed by a trusted key");
    }

    private static int Explain(
        ToolContext context, string path, string format, ExplanationLanguage language, string? outFile, string[] packFiles, string? trustFile, bool force)
    {
        var trust = SigningOptions.Trust(trustFile);
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

        // The report states the replay verdict, so an auditor reads first whether the decision still stands; one that does
        // not stand is not explained unless asked for, and then under a warning (the report builder puts it at the top).
        var replay = engine.Replay(record, trust);
        if (replay.Verdict != ReplayVerdict.Reproduced && !force)
        {
            context.Error.WriteLine($"{path}: not explained: {replay.Summary()}; --force writes the report anyway, under a warning");
            return ExitCodes.Of(replay.Verdict);
        }

        var text = format == "html" ? DecisionReport.ToHtml(record, language, replay) : DecisionReport.ToMarkdown(record, language, replay);
        if (outFile is null)
        {
            context.Output.Write(text);
        }
        else
        {
            InputFiles.Write(outFile, text);
            context.Output.WriteLine($"wrote {outFile}: the {(format == "html" ? "HTML" : "Markdown")} report of case {record.Case.Id} in {(language == ExplanationLanguage.English ? "English" : "中文")}");
        }

        return ExitCodes.Success;
    }
}
