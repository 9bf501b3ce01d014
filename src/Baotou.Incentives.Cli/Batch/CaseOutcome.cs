using Baotou.Incentives.Engine;

namespace Baotou.Incentives.Cli.Batch;

/// <summary>What became of one case file of a batch: decided (with the record written) or refused (with every problem).</summary>
/// <param name="File">The case file, as given or as found in a folder given.</param>
/// <param name="RecordFile">The record written, or <see langword="null"/> when the case was refused.</param>
/// <param name="Decision">The decision, or <see langword="null"/> when the case was refused.</param>
/// <param name="Problems">Why the case was refused; empty when it was decided.</param>
internal sealed record CaseOutcome(string File, string? RecordFile, IncentiveDecision? Decision, IReadOnlyList<string> Problems)
{
    internal bool Decided => Decision is not null;

    internal static CaseOutcome Refused(string file, IEnumerable<string> problems) => new(file, null, null, problems.ToArray());
}
