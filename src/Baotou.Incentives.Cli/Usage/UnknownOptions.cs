using System.CommandLine;
using System.CommandLine.Parsing;
using Baotou.Incentives.Json;
using Baotou.Incentives.Records;

namespace Baotou.Incentives.Cli.Usage;

/// <summary>
/// Options the command does not have, said with the nearest one it does. System.CommandLine names a misspelled option only
/// when no argument can take it: on <c>evaluate</c> and <c>verify</c>, whose arguments take any number of paths,
/// <c>--outdir recs</c> would be read as two more paths. So every token that looks like an option (it begins with <c>-</c>)
/// and was not matched as one, whether left over or taken as an argument, is refused here, on every command alike. A path
/// that begins with <c>-</c> is given as <c>./-name</c>, or after <c>--</c>.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>The message for each unknown option on the command line, in order; empty when there is none.</summary>
    internal static IReadOnlyList<string> Find(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var afterDoubleDash = parsed.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).Skip(1).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var taken = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value);
        var unknown = parsed.UnmatchedTokens.Concat(taken)
            .Where(t => t.Length > 1 && t[0] == '-' && !char.IsDigit(t[1]) && !afterDoubleDash.Contains(t))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (unknown.Length == 0)
        {
            return [];
        }

        var options = Options(parsed).ToArray();
        var names = options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToArray();
        var where = command is RootCommand ? CommandLine.ToolName : command.Name;
        return unknown.Select(token =>
        {
            // A one-letter option has no near name worth offering: every other one is as near.
            var nearest = token.Length == 2 ? null : NearestName.Of(token, names);
            var option = nearest is null ? null : options.First(o => o.Name == nearest || o.Aliases.Contains(nearest));
            return nearest is not null
                ? $"{where}: unknown option '{token}'; did you mean '{option!.Name}'?"
                : $"{where}: unknown option '{token}'; its options: {string.Join(", ", options.Where(o => !o.Hidden).Select(o => o.Name))}";
        }).ToArray();
    }

    /// <summary>The options the command takes: its own and those its parents give to every command below them (<c>--help</c>).</summary>
    private static IEnumerable<Option> Options(ParseResult parsed)
    {
        var own = parsed.CommandResult.Command.Options;
        var inherited = new List<Option>();
        for (var parent = parsed.CommandResult.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            inherited.AddRange(parent.Command.Options.Where(o => o.Recursive));
        }

        return own.Concat(inherited).Where(o => o is not VersionOption || parsed.CommandResult.Command is RootCommand).Distinct();
    }
}
