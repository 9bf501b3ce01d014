using Baotou.Incentives.Replay;

namespace Baotou.Incentives.Cli;

/// <summary>
/// What the tool's exit code means, the same for every command (and listed in <c>--help</c>): scripts and CI read it, so a
/// code never changes meaning. Every code but 0 comes with a message naming the file and the problem.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done: reproduced, every case evaluated, every policy case passed.</summary>
    internal const int Success = 0;

    /// <summary>
    /// <c>replay</c>: the record diverged (<c>explain</c> likewise, and no report is written without <c>--force</c>), or a <c>--pack</c> file differs from the recorded pack of its id (or the record has
    /// none); <c>explain --pack</c>: likewise, and no report is written; <c>verify</c>: a policy case failed or there was none;
    /// <c>evaluate</c> of many: a case was refused.
    /// </summary>
    internal const int DivergedOrFailed = 1;

    /// <summary>
    /// A record that was tampered with (its digest does not match, or its signature is invalid; <c>explain</c> writes no report
    /// of it without <c>--force</c>), or input the tool cannot
    /// use: a misspelled command or option, a missing, empty, oversized or malformed file (for <c>verify</c>, a file that is
    /// not a usable policy case), a FIFO or device where a file is expected, a key that is not one.
    /// </summary>
    internal const int TamperedOrInvalid = 2;

    /// <summary><c>replay --trust</c>: the record is unsigned, or signed by a key or certificate the trust file does not name; not replayed (<c>explain --trust</c>: not explained without <c>--force</c>).</summary>
    internal const int Untrusted = 3;

    /// <summary>The text <c>--help</c> shows under the root command's description.</summary>
    internal const string Explained = "exit codes: 0 success; 1 diverged (replay; explain without --force), a --pack file differs from the record's pack (replay, explain), a policy case failed (verify) or a case was refused (evaluate of many); 2 tampered (digest or signature; explain without --force), or invalid input or usage (verify: a file that is not a usable policy case); 3 untrusted (replay --trust, explain --trust without --force: unsigned, or not signed by a trusted key)";

    /// <summary>The code of a replay's verdict, the same for <c>replay</c> and for <c>explain</c> without <c>--force</c>.</summary>
    internal static int Of(ReplayVerdict verdict) => verdict switch
    {
        ReplayVerdict.Reproduced => Success,
        ReplayVerdict.Diverged => DivergedOrFailed,
        ReplayVerdict.Untrusted => Untrusted,
        _ => TamperedOrInvalid,
    };
}
