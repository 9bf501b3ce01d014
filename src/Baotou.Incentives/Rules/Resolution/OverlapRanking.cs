using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 从高从新不重复 as an order over overlapping entitlements (those with one <see cref="OverlapKey"/>): the higher minimum amount first; on equal amounts the newer
/// policy (later effective date); on both equal, the higher rate, then the rule id, so that the outcome never depends on
/// the order facts were given.
/// </summary>
internal static class OverlapRanking
{
    internal static bool Outranks(Entitlement candidate, Entitlement other)
    {
        var byAmount = candidate.MinimumAmount.CompareTo(other.MinimumAmount);
        if (byAmount != 0)
        {
            return byAmount > 0;
        }

        var byDate = candidate.PolicyEffectiveFrom.CompareTo(other.PolicyEffectiveFrom);
        if (byDate != 0)
        {
            return byDate > 0;
        }

        var byRate = candidate.Rate.CompareTo(other.Rate);
        return byRate != 0 ? byRate > 0 : string.CompareOrdinal(candidate.Id, other.Id) < 0;
    }

    internal static Entitlement Highest(IEnumerable<Entitlement> entitlements) =>
        entitlements.Aggregate((best, next) => Outranks(next, best) ? next : best);
}
