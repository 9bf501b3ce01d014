using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Baotou.Incentives.Cli.Batch;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Cli.Usage;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Signing;
using NodaTime;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>evaluate CASE [--out RECORD]</c>: one case file into its decision record (standard output unless <c>--out</c>);
/// <c>evaluate CASE|FOLDER… --out-dir FOLDER [--jobs N]</c>: many cases, one record each and a summary. Either way
/// <c>--sign KEY [--cert CERT]</c> signs every record written, and <c>--pack FILE</c> (repeatable) adds a pack file to the
/// packs each case names; <c>--as-of DATE</c> evaluates on that date instead of each file's <c>evaluationDate</c>, and
/// <c>--lang zh|en</c> words the many-cases table and summary.csv.
/// </summary>
internal static class EvaluateCommand
{
    internal static Command Create(ToolContext context)
    {
        var cases = new Argument<string[]>("case")
        {
            Description = "a case file (JSON), or several, or folders whose *.json files are case files",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFile = new Option<string>("--out", "-o")
        {
            Description = "the file to write one case's decision record to (standard output when left out)",
            HelpName = "record",
        };
        var outDir = new Option<string>("--out-dir")
        {
            Description = "the folder to write many cases' records (<case>.record.json) and summary.csv to; created if missing",
            HelpName = "folder",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "how many cases to evaluate at once (with --out-dir)",
            HelpName = "n",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = ParseJobs,
        };
        var sign = new Option<string>("--sign")
        {
            Description = "an ECDSA P-256 private key (PEM) to sign each record with, as a detached JWS over the bytes its digest covers",
            HelpName = "key.pem",
        };
        var cert = new Option<string>("--cert")
        {
            Description = "the X.509 certificate (PEM) of the --sign key: replay then names its subject as the signer",
            HelpName = "cert.pem",
        };
        var asOf = CommonOptions.AsOf();
        var lang = CommonOptions.Lang("with --out-dir: the words of the table and of summary.csv, zh (中文) or en (English)");
        var packs = PackFiles.Option("a pack file (docs/PACKS.md) to apply besides the packs each case names, e.g. a later policy that succeeds 149号; repeatable, each with an id of its own");
        var command = new Command("evaluate",
            "Evaluate case files into decision records, each under the case's \"packs\" or by default 第四十五条 (cn-law-2015-art45) and 149号 (baotou-2023-149); many at once with --out-dir, with a summary")
        {
            cases, outFile, outDir, jobs, asOf, lang, sign, cert, packs,
        };
        command.SetAction(result => Guarded.Run(context, () => Evaluate(
            context, result.GetValue(cases)!, result.GetValue(outFile), result.GetValue(outDir), result.GetValue(jobs), result.GetValue(sign), result.GetValue(cert),
            result.GetValue(packs) ?? [], result.GetValue(asOf), CommonOptions.Language(result.GetValue(lang)))));
        return HelpExamples.Add(
            command,
            "baotou-incentives evaluate case.json -o record.json                  # one case into its decision record",
            "baotou-incentives evaluate case.json --as-of 2025-12-31 -o record.json   # on another date than the file's evaluationDate",
            "baotou-incentives evaluate cases/ --out-dir records -l en            # many: a record each, summary.csv in English",
            "baotou-incentives evaluate case.json --sign key.pem --cert cert.pem -o record.json   # a signed record");
    }

    private static int Evaluate(
        ToolContext context, string[] paths, string? outFile, string? outDir, int jobs, string? keyFile, string? certificateFile, string[] packFiles, LocalDate? asOf, ExplanationLanguage language)
    {
        if (outFile is not null && outDir is not null)
        {
            throw new UsageProblem("evaluate: give --out (one record) or --out-dir (many), not both");
        }

        var one = paths.Length == 1 && !Directory.Exists(paths[0]);
        if (outDir is not null)
        {
            // Records written among the cases would be read as cases (and refused) by the next run over the folder.
            var mixed = paths.FirstOrDefault(p => Directory.Exists(p) && InputFiles.SamePath(p, outDir));
            if (mixed is not null)
            {
                throw new UsageProblem($"{outDir}: is the folder of the cases; give --out-dir another folder, so records are not mixed with cases");
            }

            var files = InputFiles.Expand(paths);
            using var batchSigner = SigningOptions.Signer(keyFile, certificateFile);

            // Read once for every case: a file may succeed a shipped pack or a pack file before it.
            var extra = PackFiles.Read(packFiles, []);
            return BatchEvaluation.Run(context, files, outDir, new BatchSettings(jobs, batchSigner, extra, asOf, language));
        }

        if (!one)
        {
            var what = paths.Length == 1 ? $"{paths[0]}: is a folder of cases" : $"{paths.Length} case files or folders were given";
            throw new UsageProblem(outFile is null
                ? $"{what}; give --out-dir <folder> for their records and summary"
                : $"{what}; --out names one record: give --out-dir <folder> for many");
        }

        if (outFile is not null)
        {
            InputFiles.CheckWritable(outFile, "--out", [paths[0], keyFile, certificateFile, .. packFiles]);
        }

        using var signer = SigningOptions.Signer(keyFile, certificateFile);
        return EvaluateOne(context, paths[0], outFile, signer, packFiles, asOf);
    }

    private static int EvaluateOne(ToolContext context, string path, string? outFile, RecordSigner? signer, string[] packFiles, LocalDate? asOf)
    {
        var caseFile = Guarded.Read(path, "case file", stream => CaseFile.Parse(stream, path));
        var packs = PackFiles.Added(caseFile.Packs, PackFiles.Read(packFiles, caseFile.Packs), path);
        var evaluated = Guarded.Parse(path, "case", () => new IncentiveEngine(packs).Record(caseFile.Case, asOf ?? caseFile.EvaluationDate));
        var record = signer is null ? evaluated : Guarded.Parse(path, "case", () => signer.Sign(evaluated));
        if (outFile is null)
        {
            context.Output.Write(record.ToJson());
            return ExitCodes.Success;
        }

        InputFiles.Write(outFile, record.ToJson());
        var decision = record.Decision;
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {outFile}: the decision record of case {decision.CaseId} on {decision.EvaluationDate:uuuu-MM-dd} ({Words.Count(decision.Entitlements.Count, "entitlement")}, {Words.Count(decision.Determinations.Count, "determination")}, {Words.Count(decision.Trace.Count, "rule firing")}){(signer is null ? string.Empty : "; signed by " + record.CheckSignature().Signer)}"));
        return ExitCodes.Success;
    }

    private static int ParseJobs(ArgumentResult result)
    {
        if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 256)
        {
            return n;
        }

        result.AddError($"--jobs must be a whole number from 1 to 256; was '{string.Join(" ", result.Tokens.Select(t => t.Value))}'");
        return 0;
    }
}
