namespace Baotou.Incentives.Cli;

/// <summary>
/// What the tool's exit code means, the same for every command (and listed in <c>--help</c>): scripts and CI read it, so a
/// code never changes meaning.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done: reproduced, every case evaluated, every policy case passed.</summary>
    internal const int Success = 0;

    /// <summary><c>replay</c>: the record diverged; <c>verify</c>: a policy case failed or there was none; <c>evaluate</c> of many: a case was refused.</summary>
    internal const int DivergedOrFailed = 1;

    /// <summary>A record that was tampered with, or input the tool cannot use: a misspelled command or option, a missing, empty or malformed file.</summary>
    internal const int TamperedOrInvalid = 2;

    /// <summary>The text <c>--help</c> shows under the root command's description.</summary>
    internal const string Explained = "exit codes: 0 success; 1 diverged (replay), a policy case failed (verify) or a case was refused (evaluate of many); 2 tampered, or invalid input or usage";
}
