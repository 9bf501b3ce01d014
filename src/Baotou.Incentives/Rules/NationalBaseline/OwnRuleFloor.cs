using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条第二款 for one basis: whether the rate a state-established unit's own rule sets meets the first paragraph's floor,
/// and the amount the floor takes. Shared by the three rules of the paragraph (net income, equity, operating profit). When the
/// unit's own rates are not given the rule cannot be checked (无法核对): the finding says so, and the floor is owed all the same
/// (应当符合前款…规定的标准 binds the unit whatever its rule says).
/// </summary>
internal static class OwnRuleFloor
{
    internal const string Topic = "own-rule-meets-floor";

    /// <summary>
    /// The finding: cannot be checked when the unit's own rates are not given; else compliant when the rule sets a rate for
    /// this basis and it is at least the floor, and each shortfall named when not. <paramref name="share"/> picks the rule's
    /// rate for this basis from the rates given.
    /// </summary>
    internal static Determination Decide(
        string ruleId, PolicyPack pack, string subjectId, string unitId, OwnRewardRates? rates, StatutoryBasis basisKind, decimal basis, Func<OwnRewardRates, decimal?> share, ParameterReading floor)
    {
        if (rates is null)
        {
            return Outcome.Determination(ruleId, Clauses.Law2015Article45Paragraph2, pack, Topic, subjectId, DeterminationStatus.CannotBeChecked, Modality.OwedMinimum,
                new Condition("state-established", true, new StateEstablishedUnit(unitId)),
                new Condition("own-rates-given", false, new OwnRatesGiven(unitId)));
        }

        var own = share(rates);
        var needed = basis * floor.Value;
        var given = basis * (own ?? 0m);
        return Outcome.Determination(ruleId, Clauses.Law2015Article45Paragraph2, pack, Topic, subjectId, DeterminationStatus.Compliant, DeterminationStatus.NotCompliant, Modality.OwedMinimum,
            new Condition("state-established", true, new StateEstablishedUnit(unitId)),
            new Condition("rule-sets-rate", own is not null, new OwnRuleSetsRate(unitId, basisKind)),
            new Condition("rate-at-least-floor", own is { } rate && rate >= floor.Value,
                new OwnRateAtLeastFloor(basisKind, basis, own ?? 0m, floor.Value, needed, given, Math.Max(0m, needed - given))));
    }
}
