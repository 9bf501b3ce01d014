namespace Baotou.Incentives.Exploration.Mutation;

/// <summary>Mutation coverage of a folder of policy cases: every mutant of every pack in use, and which case killed it.</summary>
/// <param name="Results">Each mutant with its result, ordered by clause, pack and change.</param>
/// <param name="Cases">How many policy cases were run under each mutant.</param>
/// <param name="FailingBefore">Cases that failed before any mutation: they are left out (a failing case notices nothing).</param>
public sealed record MutationReport(IReadOnlyList<MutantResult> Results, int Cases, IReadOnlyList<string> FailingBefore)
{
    /// <summary>Each clause with its mutants killed and in all, ordered by clause.</summary>
    public IReadOnlyList<(string Clause, int Killed, int Total)> ByClause =>
        Results.GroupBy(r => r.Mutant.Clause).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(r => r.Killed), g.Count())).ToArray();

    /// <summary>The mutants no case noticed.</summary>
    public IReadOnlyList<MutantResult> Survivors => Results.Where(r => !r.Killed).ToArray();

    /// <summary>The share of mutants killed, from 0 to 1 (1 when there is none).</summary>
    public decimal Score => Results.Count == 0 ? 1m : (decimal)Results.Count(r => r.Killed) / Results.Count;
}
