using System.CommandLine;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Replay;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>replay RECORD [--trust PEM] [--pack FILE…]</c>: evaluates a decision record's inputs again under the packs it was made
/// under and prints the verdict, the signature and the packs that are not shipped ones; with <c>--trust</c>, a record not
/// signed by a key or certificate the file names is untrusted and not replayed; with <c>--pack</c>, each file is checked
/// against the recorded pack of its id, and one that differs (or that the record was not made under) exits 1.
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
        var command = new Command("replay", "Replay a decision record under the packs it was made under: exit 0 reproduced, 1 diverged (naming the first difference) or a --pack file differs from the recorded pack, 2 tampered (digest or signature) or invalid, 3 untrusted (with --trust)")
        {
            record, trust, packs,
        };
        command.SetAction(result => Guarded.Run(context, () => Replay(context, result.GetValue(record)!, result.GetValue(trust), result.GetValue(packs) ?? [])));
        return command;
    }

    private static int Replay(ToolContext context, string path, string? trustFile, string[] packFiles)
    {
        var trust = SigningOptions.Trust(trustFile);

        // A record naming a pack the tool neither ships nor is given is refused as the record's problem, naming the file.
        var read = RecordPacks.Read(path, packFiles);
        var result = new IncentiveEngine(read.Packs).Replay(read.Record, trust);
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

        return result.Verdict switch
        {
            ReplayVerdict.Reproduced => read.Differences.Count == 0 ? ExitCodes.Success : ExitCodes.DivergedOrFailed,
            ReplayVerdict.Diverged => ExitCodes.DivergedOrFailed,
            ReplayVerdict.Untrusted => ExitCodes.Untrusted,
            _ => ExitCodes.TamperedOrInvalid,
        };
    }
}
