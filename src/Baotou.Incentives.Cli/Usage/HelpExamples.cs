using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace Baotou.Incentives.Cli.Usage;

/// <summary>
/// An <c>Examples:</c> section at the end of a command's <c>--help</c>, as the .NET tools have: each command registers its
/// examples when it is created (<see cref="Add"/>), and the root's help action writes them after the library's own help
/// (System.CommandLine 2.0 keeps its help layout internal, so the section follows the library's text rather than joining it).
/// </summary>
internal static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, string[]> Examples = [];

    /// <summary>Gives <paramref name="command"/> its examples: a command line, then after <c>#</c> what it does.</summary>
    internal static T Add<T>(T command, params string[] examples)
        where T : Command
    {
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Makes every <c>--help</c> under <paramref name="root"/> end with the command's examples.</summary>
    internal static void Install(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action)
            {
                help.Action = new WithExamples(action);
            }
        }
    }

    private sealed class WithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        // As the library's own help: asking for help is not a mistake, even without the command's arguments.
        public override bool ClearsParseErrors => help.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples) && examples.Length > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
