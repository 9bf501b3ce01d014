using System.Globalization;
using System.Text;
using Baotou.Incentives.Engine;

namespace Baotou.Incentives.Exploration;

/// <summary>
/// Every field of a decision as text, in order: two decisions are the same exactly when their texts are equal. Records'
/// own ToString shows lists by type name only, so each list is spelled out here. The explorer compares decisions by it where it
/// has no record to compare (a rule set of a test's own); the property tests use it too.
/// </summary>
internal static class DecisionText
{
    internal static string Of(IncentiveDecision decision)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{decision.CaseId} {decision.EvaluationDate:yyyy-MM-dd} {string.Join(",", decision.PackIds)}");
        foreach (var e in decision.Entitlements.Concat(decision.SupersededEntitlements))
        {
            text.AppendLine((e with { Grounds = [] }).ToString()).AppendJoin(" | ", e.Grounds).AppendLine();
        }

        foreach (var s in decision.Supersessions)
        {
            text.AppendLine(s.ToString());
        }

        foreach (var d in decision.Determinations)
        {
            text.AppendLine((d with { Conditions = [] }).ToString()).AppendJoin(" | ", d.Conditions).AppendLine();
        }

        foreach (var o in decision.Obligations)
        {
            text.AppendLine(o.ToString());
        }

        foreach (var t in decision.Trace)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{t.Sequence} {t.RuleId} {t.Clause} {t.Measure}")
                .AppendJoin(",", t.MatchedFacts).AppendLine()
                .AppendJoin(",", t.Parameters).AppendLine()
                .AppendJoin(",", t.Produced).AppendLine()
                .AppendJoin(",", t.Superseded).AppendLine();
        }

        return text.ToString();
    }
}
