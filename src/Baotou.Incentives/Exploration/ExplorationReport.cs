namespace Baotou.Incentives.Exploration;

/// <summary>What an exploration checked and found.</summary>
/// <param name="CasesChecked">How many cases were evaluated and checked.</param>
/// <param name="SystematicCases">How many systematic cases the packs give (all of them are checked unless the bounds stop it first).</param>
/// <param name="Complete">Whether every systematic case and the whole random sample were checked (false when <see cref="ExplorationOptions.MaxCases"/> or a cancellation stopped it first).</param>
/// <param name="Violations">The counterexamples kept, each minimised, in the order found.</param>
/// <param name="ViolationCounts">How many cases broke each invariant, by invariant name (every invariant listed, zero included).</param>
/// <param name="Dimensions">Each value of each dimension the rules read, with how many cases touched it, ordered.</param>
/// <param name="Boundaries">Each threshold, term and date boundary the packs define (at, one fen or one day either side), with how many cases touched it, in the packs' order; a count of zero is a boundary not reached within the bounds.</param>
/// <param name="PackSets">The pack sets explored, each as its pack ids joined by <c>+</c>.</param>
public sealed record ExplorationReport(
    int CasesChecked,
    int SystematicCases,
    bool Complete,
    IReadOnlyList<InvariantViolation> Violations,
    IReadOnlyList<KeyValuePair<string, int>> ViolationCounts,
    IReadOnlyList<KeyValuePair<string, int>> Dimensions,
    IReadOnlyList<KeyValuePair<string, int>> Boundaries,
    IReadOnlyList<string> PackSets);
