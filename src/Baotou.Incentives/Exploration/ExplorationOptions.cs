namespace Baotou.Incentives.Exploration;

/// <summary>How far an exploration goes (<see cref="PolicyExplorer.Explore"/>).</summary>
/// <param name="MaxCases">The most cases to check, systematic ones first, then the random sample; at least 1.</param>
/// <param name="SampleCases">How many seeded random cases to add after the systematic ones (still bounded by <paramref name="MaxCases"/>).</param>
/// <param name="Seed">The seed of the random sample: the same seed draws the same cases.</param>
/// <param name="MaxViolationsPerInvariant">How many counterexamples to keep (and minimise) for each invariant; the rest are counted.</param>
public sealed record ExplorationOptions(int MaxCases = 100_000, int SampleCases = 1_000, int Seed = 26, int MaxViolationsPerInvariant = 3);
