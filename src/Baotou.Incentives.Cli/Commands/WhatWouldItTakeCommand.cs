using System.CommandLine;
using System.Globalization;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>what-would-it-take CASE [--lang zh|en] [--pack FILE…]</c>: decides a case under its packs and, for each failed condition an amount or a
/// date decides, prints the smallest change of the facts, whether evaluating the changed case confirmed it, and what it would
/// bring (<see cref="IncentiveEngine.WhatWouldItTake"/>), in the catalogs' words. Nothing is written; exit 0 when it ran.
/// </summary>
internal static class WhatWouldItTakeCommand
{
    internal static Command Create(ToolContext context)
    {
        var caseFile = new Argument<string>("case") { Description = "the case file (JSON) to decide and to ask what it would take" };
        var lang = Usage.CommonOptions.Lang("the language of the answers: zh (default) or en");
        var packs = PackFiles.Option("a pack file (docs/PACKS.md) to apply besides the packs the case names, e.g. a later policy whose effective date a contract misses; repeatable");
        var command = new Command("what-would-it-take", "For each failed condition an amount or a date decides, print the smallest change of the facts (to the fen or the day), confirmed by evaluating the changed case, and what it would bring")
        {
            caseFile, lang, packs,
        };
        command.SetAction(result => Guarded.Run(context, () => Take(context, result.GetValue(caseFile)!, result.GetValue(lang)!, result.GetValue(packs) ?? [])));
        return command;
    }

    private static int Take(ToolContext context, string path, string lang, string[] packFiles)
    {
        var read = Guarded.Read(path, "case file", stream => CaseFile.Parse(stream, path));
        var packs = PackFiles.Added(read.Packs, PackFiles.Read(packFiles, read.Packs), path, whatIf: false);
        var answers = Guarded.Parse(path, "case", () => new IncentiveEngine(packs).WhatWouldItTake(read.Case, read.EvaluationDate));
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"case {read.Case.Id} on {read.EvaluationDate:uuuu-MM-dd}:"));
        foreach (var line in DecisionReport.ExplainWhatItWouldTake(answers, Usage.CommonOptions.Language(lang)))
        {
            context.Output.WriteLine(line);
        }

        return ExitCodes.Success;
    }
}
