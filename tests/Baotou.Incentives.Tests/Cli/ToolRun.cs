using System.Globalization;
using Baotou.Incentives.Cli;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>Runs the tool in-process with <see cref="StringWriter"/>s, as a script would see it (not interactive).</summary>
internal static class ToolRun
{
    internal static (int Code, string Out, string Err) Run(params string[] args) => Run(false, args);

    internal static (int Code, string Out, string Err) Run(bool interactive, params string[] args)
    {
        // System.CommandLine words its own messages in the UI culture: the expected texts are its English ones.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = CommandLine.Run(args, output, error, interactive, width: 160);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The line <c>replay</c> prints after replaying a record no trusted signature vouches for.</summary>
    internal const string NotVerified = "not verified by replay: the case id, library version and rule-set fingerprint the record states (only a trusted signature vouches for them)";

    internal static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));
}
