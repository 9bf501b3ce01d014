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

    private static string Read()
    {
        var informational = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var metadata = informational.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? informational : informational[..metadata];
    }
}
