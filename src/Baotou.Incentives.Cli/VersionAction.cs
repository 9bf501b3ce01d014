using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Baotou.Incentives.Cli;

/// <summary>
/// <c>--version</c>: this tool's package version (e.g. <c>0.1.0</c>), read from this assembly. The library's own action reads
/// the process's entry assembly, which is the test host when the tool runs in-process.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    internal static string Version { get; } = Read();

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }

    // The build metadata after '+' (the commit) is left out: 0.1.0, not 0.1.0+3f2a….
    private static string Read() =>
        (typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+')[0];
}
