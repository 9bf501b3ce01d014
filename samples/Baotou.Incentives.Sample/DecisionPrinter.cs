using Baotou.Incentives.Engine;
using Baotou.Incentives.Money;

namespace Baotou.Incentives.Sample;

/// <summary>Prints a decision for a person at a terminal: outcomes first, then the trace that produced them.</summary>
internal static class DecisionPrinter
{
    internal static void Print(IncentiveDecision decision, TextWriter output)
    {
        output.WriteLine($"== Case {decision.CaseId}, evaluated on {decision.EvaluationDate:yyyy-MM-dd} under {string.Join(", ", decision.PackIds)}");
        output.WriteLine("Entitlements:");
        foreach (var e in decision.Entitlements)
        {
            var share = e.MinimumEquityShare is { } s ? $" and at least {Rate.Format(s)} of the company's equity" : string.Empty;
            output.WriteLine($"  [{e.Clause}] {e.Beneficiary}: at least {Fen.Format(e.MinimumAmount)} yuan{share}");
            output.WriteLine($"      {Fen.Format(e.Basis)} × {Rate.Format(e.Rate)} = {Fen.Format(e.MinimumAmount)}  ({e.BasisDescription})");
        }

        foreach (var s in decision.Supersessions)
        {
            output.WriteLine($"  superseded: {s.SupersededId} by {s.GoverningId}: {s.Reason}");
        }

        output.WriteLine("Determinations:");
        foreach (var d in decision.Determinations)
        {
            output.WriteLine($"  [{d.Clause}] {d.Topic} on {d.SubjectFactId}: {d.Status}");
            foreach (var c in d.Conditions)
            {
                output.WriteLine($"      {(c.Met ? "✓" : "✗")} {c.Name}: {c.Detail}");
            }
        }

        if (decision.Obligations.Count > 0)
        {
            output.WriteLine("Obligations:");
            foreach (var o in decision.Obligations)
            {
                output.WriteLine($"  [{o.Clause}] {o.Topic} on {o.SubjectFactId}: {o.State} — {o.Requirement}");
            }
        }

        output.WriteLine("Trace:");
        foreach (var t in decision.Trace)
        {
            output.WriteLine($"  {t.Sequence,2}. {t.RuleId} [{t.Clause} {t.Measure}]");
            output.WriteLine($"      matched: {string.Join(", ", t.MatchedFacts)}");
            if (t.Parameters.Count > 0)
            {
                output.WriteLine($"      parameters: {string.Join(", ", t.Parameters.Select(p => $"{p.Parameter}={p.Value} (from {p.EffectiveFrom:yyyy-MM-dd})"))}");
            }

            output.WriteLine($"      produced: {string.Join(", ", t.Produced)}");
            if (t.Superseded.Count > 0)
            {
                output.WriteLine($"      superseded: {string.Join(", ", t.Superseded)}");
            }
        }

        output.WriteLine();
    }
}
