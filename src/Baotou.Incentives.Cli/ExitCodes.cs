namespace Baotou.Incentives.Cli;

/// <summary>
/// What the tool's exit code means: 0 success or reproduced; 1 diverged (<c>replay</c>) or a failed case (<c>verify</c>);
/// 2 tampered (the digest does not match, or the signature is invalid), invalid input, or wrong arguments, always with a
/// message naming the file and the problem; 3 untrusted (<c>replay --trust</c>: unsigned, or signed by a key the trust
/// file does not name).
/// </summary>
internal static class ExitCodes
{
    internal const int Success = 0;

    internal const int DivergedOrFailed = 1;

    internal const int TamperedOrInvalid = 2;

    internal const int Untrusted = 3;
}
