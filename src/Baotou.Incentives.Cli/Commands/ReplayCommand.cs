using System.CommandLine;
using System.Globalization;
using System.Text.Json;
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
        var trust = new Option<string>("--trust")
        {
            Description = "the certificates or public keys (PEM) to trust: an unsigned record, or one signed by any other key, is untrusted (exit 3); without --trust a signature is checked but its signer is not verified",
            HelpName = "cert-or-public-key.pem",
        };
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
        var code = result.Verdict switch
        {
            ReplayVerdict.Reproduced => read.Differences.Count == 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed,
            ReplayVerdict.Diverged => ExitCodes.DivergedOrFailed,
            ReplayVerdict.Untrusted => ExitCodes.Untrusted,
            _ => ExitCodes.TamperedOrInvalid,
        };
        if (json)
        {
            JsonOutput.Write(context.Output, w => Json(w, path, result, read, code));
            return code;
        }

        context.Output.WriteLine(result.Summary() + RecordPacks.NotShipped(read.Recorded));
        if (result.Verdict is ReplayVerdict.Reproduced or ReplayVerdict.Diverged && !result.Signature.Trusted)
        {
            context.Output.WriteLine(NotVerified);
        }

        foreach (var file in read.Files.Where(f => read.Differences.All(d => !d.StartsWith(f.File + ": ", StringComparison.Ordinal))))
        {
            context.Output.WriteLine($"{file.File}: the same as pack '{file.Pack.Id}' as {path} records it");
        }

        foreach (var difference in read.Differences)
        {
            context.Output.WriteLine(difference);
        }

        return code;
    }

    private static void Json(Utf8JsonWriter w, string path, ReplayResult result, RecordUnderPacks read, int code)
    {
        w.WriteStartObject();
        w.WriteString("record", path);
        w.WriteString("verdict", result.Verdict.ToString().ToLowerInvariant());
        w.WriteNumber("exitCode", code);
        if (result.FirstDifference is { } d)
        {
            w.WriteStartObject("firstDifference");
            w.WriteString("path", d.Path);
            w.WriteString("subject", d.Subject);
            JsonOutput.String(w, "rule", d.RuleId);
            JsonOutput.String(w, "recorded", d.Recorded);
            JsonOutput.String(w, "now", d.Now);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("firstDifference");
        }

        w.WriteBoolean("ruleSetChanged", result.RuleSetChanged);
        w.WriteStartArray("parameterChanges");
        foreach (var c in result.ParameterChanges)
        {
            w.WriteStartObject();
            w.WriteString("pack", c.PackId);
            w.WriteString("parameter", c.Parameter);
            w.WriteString("from", c.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            Number(w, "recorded", c.Recorded);
            Number(w, "now", c.Now);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("signature");
        w.WriteString("status", result.Signature.Status.ToString().ToLowerInvariant());
        JsonOutput.String(w, "signer", result.Signature.Signer);
        w.WriteBoolean("trusted", result.Signature.Trusted);
        JsonOutput.String(w, "reason", result.Signature.Reason);
        w.WriteEndObject();
        w.WriteStartArray("packs");
        foreach (var pack in read.Recorded)
        {
            w.WriteStartObject();
            w.WriteString("id", pack.Id);
            w.WriteString("documentNumber", pack.DocumentNumber);
            w.WriteBoolean("shipped", KnownPacks.IsShipped(pack));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("packFiles");
        foreach (var file in read.Files)
        {
            var difference = read.Differences.FirstOrDefault(d => d.StartsWith(file.File + ": ", StringComparison.Ordinal));
            w.WriteStartObject();
            w.WriteString("file", file.File);
            w.WriteString("pack", file.Pack.Id);
            w.WriteBoolean("same", difference is null);
            JsonOutput.String(w, "difference", difference?[(file.File.Length + 2)..]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("summary", result.Summary() + RecordPacks.NotShipped(read.Recorded));
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
