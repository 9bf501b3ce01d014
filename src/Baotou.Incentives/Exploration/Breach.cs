namespace Baotou.Incentives.Exploration;

/// <summary>One invariant that does not hold for a decision: its name, what was found, and the clause it concerns when one is named.</summary>
/// <param name="Invariant">The invariant's name (<see cref="Invariants"/>).</param>
/// <param name="Detail">What was found, naming the outcomes and facts.</param>
/// <param name="Clause">The clause concerned, e.g. <c>149号·（七）</c>, when the invariant names one.</param>
internal sealed record Breach(string Invariant, string Detail, string? Clause = null);
