namespace Baotou.Incentives.Cli;

/// <summary>What the tool's exit code means; <c>replay</c> uses all three, the other commands 0 and 2 (and <c>verify</c> 1 for a failed case).</summary>
internal static class ExitCodes
{
    internal const int Success = 0;

    internal const int DivergedOrFailed = 1;

    internal const int TamperedOrInvalid = 2;
}
