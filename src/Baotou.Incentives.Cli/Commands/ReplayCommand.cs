using System.CommandLine;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;

namespace Baotou.Incentives.Cli.Commands;

/// <summary><c>replay RECORD</c>: evaluates a decision record's inputs again and prints the verdict.</summary>
internal static class ReplayCommand
{
    internal static Command Create(ToolContext context)
    {
        var record = new Argument<string>("record") { Description = "the decision record to replay (JSON, as written by evaluate)" };
        var command = new Command("replay", "Replay a decision record: exit 0 reproduced, 1 diverged (naming the first difference), 2 tampered or invalid")
        {
            record,
        };
        command.SetAction(result => Guarded.Run(context, () => Replay(context, result.GetValue(record)!)));
        return command;
    }

    private static int Replay(ToolContext context, string path)
    {
        var bytes = InputFiles.Read(path, "a decision record");
        var record = Guarded.Parse(path, "decision record", () => DecisionRecord.Parse(bytes));
        var result = new IncentiveEngine(KnownPacks.Resolve(record.Decision.PackIds)).Replay(record);
        context.Output.WriteLine(result.Summary());
        return result.Verdict switch
        {
            ReplayVerdict.Reproduced => ExitCodes.Success,
            ReplayVerdict.Diverged => ExitCodes.DivergedOrFailed,
            _ => ExitCodes.TamperedOrInvalid,
        };
    }
}
