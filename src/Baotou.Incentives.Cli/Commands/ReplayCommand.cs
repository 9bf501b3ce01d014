using System.CommandLine;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>replay RECORD [--trust PEM]</c>: evaluates a decision record's inputs again and prints the verdict and the signature;
/// with <c>--trust</c>, a record not signed by a key or certificate the file names is untrusted and not replayed.
/// </summary>
internal static class ReplayCommand
{
    internal static Command Create(ToolContext context)
    {
        var record = new Argument<string>("record") { Description = "the decision record to replay (JSON, as written by evaluate)" };
        var trust = new Option<string>("--trust")
        {
            Description = "the certificates or public keys (PEM) to trust: an unsigned record, or one signed by any other key, is untrusted (exit 3)",
            HelpName = "cert-or-public-key.pem",
        };
        var command = new Command("replay", "Replay a decision record: exit 0 reproduced, 1 diverged (naming the first difference), 2 tampered (digest or signature) or invalid, 3 untrusted (with --trust)")
        {
            record, trust,
        };
        command.SetAction(result => Guarded.Run(context, () => Replay(context, result.GetValue(record)!, result.GetValue(trust))));
        return command;
    }

    private static int Replay(ToolContext context, string path, string? trustFile)
    {
        var trust = SigningOptions.Trust(trustFile);
        var (record, engine) = Guarded.Read(path, "decision record", stream =>
        {
            // A record naming a pack the tool does not ship is refused as the record's problem, naming the file.
            var read = DecisionRecord.Parse(stream);
            return (read, new IncentiveEngine(KnownPacks.Resolve(read.Decision.PackIds)));
        });
        var result = engine.Replay(record, trust);
        context.Output.WriteLine(result.Summary());
        return result.Verdict switch
        {
            ReplayVerdict.Reproduced => ExitCodes.Success,
            ReplayVerdict.Diverged => ExitCodes.DivergedOrFailed,
            ReplayVerdict.Untrusted => ExitCodes.Untrusted,
            _ => ExitCodes.TamperedOrInvalid,
        };
    }
}
