using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Benchmarks.Peers;

/// <summary>The part of a decision every implementation must agree on: who is owed how much, on which fact.</summary>
public sealed record MoneyOutcome(Beneficiary Beneficiary, string SubjectFactId, decimal MinimumAmount)
{
    public static IReadOnlyList<MoneyOutcome> Sorted(IEnumerable<MoneyOutcome> outcomes) =>
        outcomes.OrderBy(o => o.Beneficiary).ThenBy(o => o.SubjectFactId, StringComparer.Ordinal).ToArray();
}
