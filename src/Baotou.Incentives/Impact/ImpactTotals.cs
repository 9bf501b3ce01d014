using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Impact;

/// <summary>
/// Running totals of a pack's impact, kept while records stream past (<see cref="Add"/>), so that nothing but the totals is
/// held: records changed, unchanged and not replayable, and the amounts before and after by clause and beneficiary.
/// </summary>
public sealed class ImpactTotals
{
    private readonly SortedDictionary<(string Clause, Beneficiary Beneficiary), ImpactTotal> _byClause = new(Comparer<(string Clause, Beneficiary Beneficiary)>.Create(
        (a, b) => string.CompareOrdinal(a.Clause, b.Clause) is var c and not 0 ? c : a.Beneficiary.CompareTo(b.Beneficiary)));

    /// <summary>Records with at least one change.</summary>
    public int Changed { get; private set; }

    /// <summary>Records replayed with nothing changed.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Records that could not be replayed (tampered, invalid), each also listed on its own.</summary>
    public int NotReplayable { get; private set; }

    /// <summary>The changes by clause, then beneficiary (ordinal order of the clause).</summary>
    public IReadOnlyList<ImpactTotal> ByClauseAndBeneficiary => _byClause.Values.ToArray();

    /// <summary>Counts one record's impact.</summary>
    /// <param name="impact">The impact of the pack on one record.</param>
    public void Add(RecordImpact impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        switch (impact.Status)
        {
            case RecordImpactStatus.Changed:
                Changed++;
                break;
            case RecordImpactStatus.Unchanged:
                Unchanged++;
                break;
            default:
                NotReplayable++;
                break;
        }

        foreach (var change in impact.Changes)
        {
            var key = (change.Clause, change.Beneficiary);
            var total = _byClause.TryGetValue(key, out var t) ? t : new ImpactTotal(change.Clause, change.Beneficiary, 0, 0m, 0m);
            _byClause[key] = total with
            {
                Changes = total.Changes + 1,
                Before = total.Before + (change.BeforeAmount ?? 0m),
                After = total.After + (change.AfterAmount ?? 0m),
            };
        }
    }
}
