using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Benchmarks.Peers;

/// <summary>
/// The part of a decision every implementation must agree on: who gets how much, on which fact. One fact may carry two amounts
/// of different force (the 80% owed and the 90% the team may enjoy), so the amount orders them too.
/// </summary>
public sealed record MoneyOutcome(Beneficiary Beneficiary, string SubjectFactId, decimal MinimumAmount)
{
    public static IReadOnlyList<MoneyOutcome> Sorted(IEnumerable<MoneyOutcome> outcomes) =>
        outcomes.OrderBy(o => o.Beneficiary).ThenBy(o => o.SubjectFactId, StringComparer.Ordinal).ThenBy(o => o.MinimumAmount).ToArray();
}
