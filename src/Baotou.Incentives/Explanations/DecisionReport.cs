using System.Globalization;
using System.Net;
using System.Text;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Rules;
using Baotou.Incentives.Tracing;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// Explanations a person can read, generated from a decision and its trace, in 中文 or English: one short text per outcome
/// (which clause, which facts, which parameter, the arithmetic, what it superseded), and a whole report as Markdown or as a
/// self-contained HTML page (no external assets): outcomes first, then the trace, every line linked to its clause.
/// </summary>
public static class DecisionReport
{
    /// <summary>Explains each outcome of a decision: entitlements (governing, then set aside), determinations, obligations.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">The language.</param>
    /// <returns>One explanation per outcome, in the decision's order.</returns>
    public static IReadOnlyList<OutcomeExplanation> Explain(IncentiveDecision decision, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var words = Wording.For(language);
        var producedBy = decision.Trace.SelectMany(t => t.Produced.Select(id => (id, t))).GroupBy(p => p.id).ToDictionary(g => g.Key, g => g.First().t, StringComparer.Ordinal);
        var explanations = new List<OutcomeExplanation>();
        foreach (var e in decision.Entitlements.Concat(decision.SupersededEntitlements))
        {
            producedBy.TryGetValue(e.Id, out var entry);
            var arithmetic = $"{Fen.Format(e.Basis)} × {Rate.Format(e.Rate)} = {Fen.Format(e.MinimumAmount)}";
            if (e.MinimumEquityShare is { } share)
            {
                arithmetic += "，" + words.EquityShare(Rate.Format(share));
            }

            var text = new StringBuilder(words.Entitlement(e.Clause, words.Beneficiary(e.Beneficiary), arithmetic, e.BasisDescription,
                Parameters(entry, words), Facts(entry)));
            if (decision.Supersessions.FirstOrDefault(s => s.SupersededId == e.Id) is { } setAside)
            {
                text.Append(' ').Append(words.Superseded(setAside.GoverningId, setAside.Reason));
            }

            var supersedes = decision.Supersessions.Where(s => s.GoverningId == e.Id).Select(s => s.SupersededId).ToArray();
            if (supersedes.Length > 0)
            {
                text.Append(' ').Append(words.Supersedes(string.Join(", ", supersedes)));
            }

            explanations.Add(new OutcomeExplanation(e.Id, e.Clause, text.ToString()));
        }

        foreach (var d in decision.Determinations)
        {
            var conditions = string.Join(" ", d.Conditions.Select(c => $"{words.Met(c.Met)} {c.Detail}."));
            explanations.Add(new OutcomeExplanation(d.Id, d.Clause, words.Determination(d.Clause, d.Topic, d.SubjectFactId, words.Status(d.Status), conditions)));
        }

        foreach (var o in decision.Obligations)
        {
            explanations.Add(new OutcomeExplanation(o.Id, o.Clause, words.Obligation(o.Clause, o.SubjectFactId, o.Requirement, words.State(o.State))));
        }

        return explanations;
    }

    /// <summary>The whole decision as Markdown: the case, the digest check, the outcomes explained, then the trace.</summary>
    /// <param name="record">The decision record.</param>
    /// <param name="language">The language.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(DecisionRecord record, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(record);
        var words = Wording.For(language);
        var decision = record.Decision;
        var text = new StringBuilder()
            .Append($"# {words.Title}\n\n")
            .Append($"{words.CaseLine(decision.CaseId, Date(decision.EvaluationDate), string.Join(", ", decision.PackIds))}\n\n")
            .Append($"{words.Integrity(record.IsIntact, record.Digest)}\n\n")
            .Append($"## {words.OutcomesHeading}\n\n");
        foreach (var explanation in Explain(decision, language))
        {
            text.Append($"- **{explanation.OutcomeId}** [{explanation.Clause}](#{Anchor(explanation.Clause)}): {explanation.Text}\n");
        }

        text.Append($"\n## {words.TraceHeading}\n\n");
        foreach (var entry in decision.Trace)
        {
            text.Append($"{entry.Sequence}. `{entry.RuleId}` [{entry.Clause}](#{Anchor(entry.Clause)}) {entry.Measure} — {Facts(entry)}; {Parameters(entry, words)} → {string.Join(", ", entry.Produced)}");
            text.Append(entry.Superseded.Count > 0 ? $" ⊘ {string.Join(", ", entry.Superseded)}\n" : "\n");
        }

        text.Append($"\n## {words.ClausesHeading}\n\n");
        foreach (var clause in ClausesOf(decision))
        {
            text.Append($"- <a id=\"{Anchor(clause)}\"></a>{clause} {Title(clause)}\n");
        }

        return text.ToString();
    }

    /// <summary>The whole decision as one self-contained HTML page (inline style, no scripts, no external assets).</summary>
    /// <param name="record">The decision record.</param>
    /// <param name="language">The language.</param>
    /// <returns>The HTML document.</returns>
    public static string ToHtml(DecisionRecord record, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(record);
        var words = Wording.For(language);
        var decision = record.Decision;
        var html = new StringBuilder()
            .Append($"<!DOCTYPE html>\n<html lang=\"{words.Lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(words.Title)} {E(decision.CaseId)}</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}li{margin:.4em 0}.tampered{color:#b00;font-weight:bold}code{background:#f4f4f4}</style>\n")
            .Append("</head>\n<body>\n")
            .Append($"<h1>{E(words.Title)}</h1>\n<p id=\"case\">{E(words.CaseLine(decision.CaseId, Date(decision.EvaluationDate), string.Join(", ", decision.PackIds)))}</p>\n")
            .Append($"<p id=\"integrity\"{(record.IsIntact ? string.Empty : " class=\"tampered\"")}>{E(words.Integrity(record.IsIntact, record.Digest))}</p>\n")
            .Append($"<h2>{E(words.OutcomesHeading)}</h2>\n<ul id=\"outcomes\">\n");
        foreach (var explanation in Explain(decision, language))
        {
            html.Append($"<li class=\"outcome\" data-outcome=\"{E(explanation.OutcomeId)}\"><code>{E(explanation.OutcomeId)}</code> <a class=\"clause\" href=\"#{Anchor(explanation.Clause)}\">{E(explanation.Clause)}</a>: {E(explanation.Text)}</li>\n");
        }

        html.Append($"</ul>\n<h2>{E(words.TraceHeading)}</h2>\n<ol id=\"trace\">\n");
        foreach (var entry in decision.Trace)
        {
            html.Append($"<li class=\"firing\"><code>{E(entry.RuleId)}</code> <a class=\"clause\" href=\"#{Anchor(entry.Clause)}\">{E(entry.Clause)}</a> {E(entry.Measure)} — {E(Facts(entry))}; {E(Parameters(entry, words))} → {E(string.Join(", ", entry.Produced))}");
            html.Append(entry.Superseded.Count > 0 ? $" ⊘ {E(string.Join(", ", entry.Superseded))}</li>\n" : "</li>\n");
        }

        html.Append($"</ol>\n<h2>{E(words.ClausesHeading)}</h2>\n<dl id=\"clauses\">\n");
        foreach (var clause in ClausesOf(decision))
        {
            html.Append($"<dt id=\"{Anchor(clause)}\">{E(clause)}</dt><dd>{E(Title(clause))}</dd>\n");
        }

        return html.Append("</dl>\n</body>\n</html>\n").ToString();
    }

    /// <summary>A stable anchor for a clause: <c>clause-</c> and the UTF-8 bytes of its citation in hex, valid in any HTML id.</summary>
    internal static string Anchor(string clause) => "clause-" + Convert.ToHexString(Encoding.UTF8.GetBytes(clause)).ToLowerInvariant();

    private static IEnumerable<string> ClausesOf(IncentiveDecision decision) =>
        decision.Trace.Select(t => t.Clause)
            .Concat(decision.Entitlements.Select(e => e.Clause)).Concat(decision.SupersededEntitlements.Select(e => e.Clause))
            .Concat(decision.Determinations.Select(d => d.Clause)).Concat(decision.Obligations.Select(o => o.Clause))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static string Title(string clause) => Clauses.MeasureTitles.TryGetValue(clause, out var title) ? title : string.Empty;

    private static string Facts(TraceEntry? entry) => entry is null ? "-" : string.Join(", ", entry.MatchedFacts.Select(f => f.ToString()));

    private static string Parameters(TraceEntry? entry, Wording words) => entry is null || entry.Parameters.Count == 0
        ? words.NoParameter
        : string.Join(", ", entry.Parameters.Select(p =>
            $"{p.Parameter} = {Value(p)} ({p.PackId}, {Date(p.EffectiveFrom)}: {p.Reference})"));

    private static string Value(Policy.ParameterReading reading) => reading.Unit switch
    {
        Policy.ParameterUnit.Rate => Rate.Format(reading.Value),
        Policy.ParameterUnit.Yuan => Fen.Format(reading.Value),
        _ => reading.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
