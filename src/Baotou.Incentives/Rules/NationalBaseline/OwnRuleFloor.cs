using Baotou.Incentives.Facts;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.NationalBaseline;

/// <summary>
/// 第四十五条第二款 for one basis: whether the rate a state-established unit's own rule sets meets the first paragraph's floor,
/// and the amount the floor takes. Shared by the three rules of the paragraph (net income, equity, operating profit).
/// </summary>
internal static class OwnRuleFloor
{
    internal const string Topic = "own-rule-meets-floor";

    /// <summary>The finding: compliant when the rule sets a rate for this mode and it is at least the floor; else each shortfall named.</summary>
    internal static Determination Decide(string ruleId, PolicyPack pack, string subjectId, string basisName, decimal basis, decimal? own, ParameterReading floor) =>
        Outcome.Determination(ruleId, Clauses.Law2015Article45Paragraph2, pack, Topic, subjectId, DeterminationStatus.Compliant, DeterminationStatus.NotCompliant,
            new Condition("state-established", true, "国家设立的研究开发机构、高等院校: its own rule or agreement must meet the standards of the first paragraph"),
            new Condition("rule-sets-rate", own is not null, own is { } r ? $"the unit's rule gives {Rate.Format(r)} of the {basisName}" : $"the unit's rule sets no share of the {basisName}"),
            new Condition("rate-at-least-floor", own is { } rate && rate >= floor.Value, Compared(basisName, basis, own, floor)));

    private static string Compared(string basisName, decimal basis, decimal? own, ParameterReading floor)
    {
        var needed = basis * floor.Value;
        var given = basis * (own ?? 0m);
        return own is { } rate && rate >= floor.Value
            ? $"{Rate.Format(rate)} ≥ {Rate.Format(floor.Value)}: {Fen.Format(basis)} × {Rate.Format(rate)} = {Fen.Format(given)} meets {Fen.Format(needed)}"
            : $"{Rate.Format(own ?? 0m)} < {Rate.Format(floor.Value)}: the floor takes {Fen.Format(basis)} × {Rate.Format(floor.Value)} = {Fen.Format(needed)}, {Fen.Format(needed - given)} more than the rule's {Fen.Format(given)}";
    }
}
