using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条第二款 for one basis: whether the rate a state-established unit's own rule sets meets the first paragraph's floor,
/// and the amount the floor takes. Shared by the three rules of the paragraph (net income, equity, operating profit).
/// </summary>
internal static class OwnRuleFloor
{
    internal const string Topic = "own-rule-meets-floor";

    /// <summary>The finding: compliant when the rule sets a rate for this basis and it is at least the floor; else each shortfall named.</summary>
    internal static Determination Decide(string ruleId, PolicyPack pack, string subjectId, OwnRewardRates rates, StatutoryBasis basisKind, decimal basis, decimal? own, ParameterReading floor)
    {
        var needed = basis * floor.Value;
        var given = basis * (own ?? 0m);
        return Outcome.Determination(ruleId, Clauses.Law2015Article45Paragraph2, pack, Topic, subjectId, DeterminationStatus.Compliant, DeterminationStatus.NotCompliant, Modality.OwedMinimum,
            new Condition("state-established", true, new StateEstablishedUnit(rates.UnitId)),
            new Condition("rule-sets-rate", own is not null, new OwnRuleSetsRate(rates.UnitId, basisKind)),
            new Condition("rate-at-least-floor", own is { } rate && rate >= floor.Value,
                new OwnRateAtLeastFloor(basisKind, basis, own ?? 0m, floor.Value, needed, given, Math.Max(0m, needed - given))));
    }
}
