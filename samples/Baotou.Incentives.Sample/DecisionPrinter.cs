using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Money;

namespace Baotou.Incentives.Sample;

/// <summary>
/// Prints a decision for a person at a terminal, in the language asked for, through the library's catalogs: outcomes first
/// (each worded by its modality), the grants set aside (从其规定, 从高从新不重复 or the floors) apart, then the trace that produced them.
/// </summary>
internal static class DecisionPrinter
{
    internal static void Print(IncentiveDecision decision, TextWriter output, ExplanationLanguage language = ExplanationLanguage.Chinese)
    {
        var zh = language == ExplanationLanguage.Chinese;
        output.WriteLine(zh
            ? $"== 案件 {decision.CaseId}，评估日期 {decision.EvaluationDate:yyyy-MM-dd}，适用政策 {string.Join("、", decision.PackIds)}"
            : $"== Case {decision.CaseId}, evaluated on {decision.EvaluationDate:yyyy-MM-dd} under {string.Join(", ", decision.PackIds)}");
        output.WriteLine(zh ? "奖励和激励：" : "Entitlements:");
        foreach (var e in decision.Entitlements)
        {
            output.WriteLine($"  [{OutcomeWording.Clause(e.Clause, language)}] {OutcomeWording.Grant(e, language)}");
            output.WriteLine($"      {OutcomeWording.Arithmetic(e, language)}");
        }

        if (decision.SupersededEntitlements.Count > 0)
        {
            // Each line names the principle that set it aside (从其规定, 从高从新不重复, or both floors), so the heading names none.
            output.WriteLine(zh ? "未叠加（不计入合计，各行注明所依原则）：" : "Set aside, never added (each line names the principle that decided):");
            foreach (var s in decision.Supersessions)
            {
                output.WriteLine($"  {s.SupersededId} → {s.GoverningId}: {OutcomeWording.Reason(s.Reason, language)}");
            }
        }

        output.WriteLine(zh ? "认定：" : "Determinations:");
        foreach (var d in decision.Determinations)
        {
            output.WriteLine($"  [{OutcomeWording.Clause(d.Clause, language)}] {OutcomeWording.Topic(d.Topic, language)} {d.SubjectFactId}: {OutcomeWording.Status(d.Status, language)}{Parenthesized(OutcomeWording.Modality(d.Modality, language), zh)}");
            foreach (var c in d.Conditions)
            {
                output.WriteLine($"      {(c.Met ? "✓" : "✗")} {OutcomeWording.Reason(c.Reason, language)}");
            }
        }

        if (decision.Obligations.Count > 0)
        {
            output.WriteLine(zh ? "义务：" : "Obligations:");
            foreach (var o in decision.Obligations)
            {
                output.WriteLine($"  [{OutcomeWording.Clause(o.Clause, language)}] {OutcomeWording.Reason(o.Requirement, language)}{Parenthesized(OutcomeWording.State(o.State, language), zh)}");
            }
        }

        output.WriteLine(zh ? "规则执行轨迹：" : "Trace:");
        foreach (var t in decision.Trace)
        {
            output.WriteLine($"  {t.Sequence,2}. {t.RuleId} [{OutcomeWording.Clause(t.Clause, language)}]");
            output.WriteLine($"      {(zh ? "所依事实" : "matched")}: {string.Join(zh ? "、" : ", ", t.MatchedFacts.Select(f => OutcomeWording.FactKind(f.Type, language) + " " + f.Id))}");
            if (t.Parameters.Count > 0)
            {
                output.WriteLine($"      {(zh ? "所读参数" : "parameters")}: {string.Join(", ", t.Parameters.Select(p => $"{p.Parameter}={(p.Unit == Policy.ParameterUnit.Rate ? Rate.Format(p.Value) : p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))} ({p.EffectiveFrom:yyyy-MM-dd})"))}");
            }

            output.WriteLine($"      {(zh ? "结果" : "produced")}: {string.Join(", ", t.Produced)}");
            if (t.Superseded.Count > 0)
            {
                output.WriteLine($"      {(zh ? "未叠加" : "set aside")}: {string.Join(", ", t.Superseded)}");
            }
        }

        output.WriteLine();
    }

    // Chinese text takes full-width parentheses; English takes a space and ASCII ones.
    private static string Parenthesized(string text, bool zh) => zh ? $"（{text}）" : $" ({text})";
}
