using System.Text;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations.Reports;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// Explanations a person can read, generated from a decision and its trace through the zh and en catalogs: one short text
/// per outcome, and a whole report for checking, as Markdown or as a self-contained HTML page (no script, no external
/// asset; it reads on a phone and prints on A4). The report follows the order an auditor works: the case, its date, the
/// packs and the record's verdict; a summary per beneficiary with each outcome's modality in words; the input facts; each
/// outcome with its clause, the clause's original sentence, the arithmetic and its conditions; the grants set aside under
/// 从高从新不重复 in their own section (never in a total); the clause index; the trace as an appendix. Everything a case
/// supplies is escaped for Markdown and HTML and isolated for bidirectional text.
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
        return ReportBuilder.Explain(decision, language);
    }

    /// <summary>
    /// The whole report as Markdown, with the verdict of replaying the record if given (otherwise the record's digest is
    /// checked), and, if given, a closing section "what would it take": for each failed condition an amount or a date decides,
    /// the smallest change of the facts and what it would bring (<see cref="IncentiveEngine.WhatWouldItTake"/>).
    /// </summary>
    /// <param name="record">The decision record.</param>
    /// <param name="language">The language.</param>
    /// <param name="replay">The result of <see cref="Replay.RecordReplay.Replay(IncentiveEngine, DecisionRecord)"/> of <paramref name="record"/>, shown in the header; <see langword="null"/> when not replayed.</param>
    /// <param name="whatItWouldTake">The answers for the record's case and evaluation date; <see langword="null"/> for no such section.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(DecisionRecord record, ExplanationLanguage language, ReplayResult? replay = null, WhatIf.WhatItWouldTake? whatItWouldTake = null) =>
        MarkdownWriter.Write(Blocks(new ReportBuilder(record, language, replay), language, whatItWouldTake));

    /// <summary>The whole report as one self-contained HTML page, with the replay and the closing section as <see cref="ToMarkdown"/> has them.</summary>
    /// <param name="record">The decision record.</param>
    /// <param name="language">The language.</param>
    /// <param name="replay">The result of <see cref="Replay.RecordReplay.Replay(IncentiveEngine, DecisionRecord)"/> of <paramref name="record"/>; <see langword="null"/> when not replayed.</param>
    /// <param name="whatItWouldTake">The answers for the record's case and evaluation date; <see langword="null"/> for no such section.</param>
    /// <returns>The HTML document.</returns>
    public static string ToHtml(DecisionRecord record, ExplanationLanguage language, ReplayResult? replay = null, WhatIf.WhatItWouldTake? whatItWouldTake = null)
    {
        var builder = new ReportBuilder(record, language, replay);
        return HtmlWriter.Write(Blocks(builder, language, whatItWouldTake), builder.Language, builder.Title + " " + record.Decision.CaseId, builder.RunningHead, builder.PageNumber);
    }

    private static IReadOnlyList<Block> Blocks(ReportBuilder builder, ExplanationLanguage language, WhatIf.WhatItWouldTake? whatItWouldTake) =>
        [.. builder.Build(), .. whatItWouldTake is null ? [] : WhatItWouldTakeText.Section(whatItWouldTake, Catalog.For(language))];

    /// <summary>What it would take, one line per answer, in <paramref name="language"/> (the words of the report's section).</summary>
    /// <param name="whatItWouldTake">The answers.</param>
    /// <param name="language">The language.</param>
    /// <returns>The lines; one line saying nothing needs to change when there is no answer.</returns>
    public static IReadOnlyList<string> ExplainWhatItWouldTake(WhatIf.WhatItWouldTake whatItWouldTake, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(whatItWouldTake);
        return WhatItWouldTakeText.Lines(whatItWouldTake, Catalog.For(language));
    }

    /// <summary>A stable anchor for a clause: <c>clause-</c> and its ASCII key (<c>clause-149-8</c>), or the UTF-8 bytes of an unknown citation in hex.</summary>
    internal static string Anchor(string clause) => "clause-" + (Clauses.Keys.TryGetValue(clause, out var key)
        ? key
        : Convert.ToHexString(Encoding.UTF8.GetBytes(clause)).ToLowerInvariant());
}
