namespace Baotou.Incentives.Cli;

/// <summary>Small pieces of the tool's English: a count with its noun ("1 entitlement", "3 entitlements").</summary>
internal static class Words
{
    internal static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
