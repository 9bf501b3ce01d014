using System.CommandLine;
using System.Globalization;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Cli.Usage;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Replay;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>replay RECORD [--trust PEM] [--pack FILE…]</c>: evaluates a decision record's inputs again under the packs it was made
/// under and prints the verdict, the signature and the packs that are not shipped ones; with <c>--trust</c>, a record not
/// signed by a key or certificate the file names is untrusted and not replayed; with <c>--pack</c>, each file is checked
/// against the recorded pack of its id, and one that differs (or that the record was not made under) exits 1. With
/// <c>--format json</c>, the same as one JSON document (docs/CLI.md), with the same exit code.
/// </summary>
internal static class ReplayCommand
{
    /// <summary>
    /// What a record states that replay cannot check (<see cref="Records.DecisionRecord.NotVerifiedByReplay"/>): replay derives
    /// the decision again from the inputs, not who or what made the record. Said after a replay unless a trusted signature vouches for it; a tampered or untrusted record is not replayed, so nothing is said of it.
    /// </summary>
    internal const string NotVerified = "not verified by replay: the case id, library version and rule-set fingerprint the record states (only a trusted signature vouches for them)";

    internal static Command Create(ToolContext context)
    {
        var record = new Argument<string>("record") { Description = "the decision record to replay (JSON, as written by evaluate)" };
        var trust = SigningOptions.TrustOption();
        var packs = PackFiles.Option("a pack file to check against the pack of its id the record was made under: exit 1 when it differs or the record has no such pack (the record's own packs are replayed); repeatable");
        var format = CommonOptions.Format();
        var command = new Command("replay", "Replay a decision record under the packs it was made under: exit 0 reproduced, 1 diverged (naming the first difference) or a --pack file differs from the recorded pack, 2 tampered (digest or signature) or invalid, 3 untrusted (with --trust)")
        {
            record, trust, packs, format,
        };
        command.SetAction(result => Guarded.Run(context, () => Replay(
            context, result.GetValue(record)!, result.GetValue(trust), result.GetValue(packs) ?? [], result.GetValue(format) == CommonOptions.Json)));
        return HelpExamples.Add(
            command,
            "baotou-incentives replay record.json                    # reproduced; unsigned (exit 0)",
            "baotou-incentives replay record.json --trust cert.pem   # only a record signed by that certificate's key is trusted (else exit 3)",
            "baotou-incentives replay record.json -f json            # the verdict, first difference and signature for a script");
    }

    private static int Replay(ToolContext context, string path, string? trustFile, string[] packFiles, bool json)
    {
        var trust = SigningOptions.Trust(trustFile);

        // A record naming a pack the tool neither ships nor is given is refused as the record's problem, naming the file.
        var read = RecordPacks.Read(path, packFiles);
        var result = new IncentiveEngine(read.Packs).Replay(read.Record, trust);
        var code = result.Verdict == ReplayVerdict.Reproduced && read.Differences.Count > 0 ? ExitCodes.DivergedOrFailed : ExitCodes.Of(result.Verdict);
        if (json)
        {
            JsonOutput.Write(context.Output, Json(path, result, read, code));
            return code;
        }

        context.Output.WriteLine(result.Summary() + RecordPacks.NotShipped(read.Recorded));
        if (result.Verdict is ReplayVerdict.Reproduced or ReplayVerdict.Diverged && !result.Signature.Trusted)
        {
            context.Output.WriteLine(NotVerified);
        }

        foreach (var (file, _) in read.Files.Where(f => f.Difference is null))
        {
            context.Output.WriteLine($"{file.File}: the same as pack '{file.Pack.Id}' as {path} records it");
        }

        foreach (var difference in read.Differences)
        {
            context.Output.WriteLine(difference);
        }

        return code;
    }

    /// <summary>The replay as one JSON document (docs/CLI.md).</summary>
    private static object Json(string path, ReplayResult result, RecordUnderPacks read, int code) => new
    {
        Record = path,
        Verdict = result.Verdict.ToString().ToLowerInvariant(),
        ExitCode = code,
        FirstDifference = result.FirstDifference is { } d ? new { d.Path, d.Subject, Rule = d.RuleId, d.Recorded, d.Now } : null,
        result.RuleSetChanged,
        ParameterChanges = result.ParameterChanges.Select(c => new
        {
            Pack = c.PackId,
            c.Parameter,
            From = c.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            c.Recorded,
            c.Now,
        }),
        Signature = new
        {
            Status = result.Signature.Status.ToString().ToLowerInvariant(),
            result.Signature.Signer,
            result.Signature.Trusted,
            result.Signature.Reason,
        },
        Packs = read.Recorded.Select(p => new { p.Id, p.DocumentNumber, Shipped = KnownPacks.IsShipped(p) }),
        PackFiles = read.Files.Select(f => new { f.File.File, Pack = f.File.Pack.Id, Same = f.Difference is null, f.Difference }),
        Summary = result.Summary() + RecordPacks.NotShipped(read.Recorded),
    };
}
