using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.WhatIf;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// A what-if's changes in words through the catalogs: the outcome by its clause and who or what it is about (its id kept,
/// in brackets, for reference), the field by name, and a reason, a verb or a finding in words rather than the canonical JSON
/// <see cref="OutcomeChange"/> compares, e.g. <c>149号·（八） 成果完成团队 [149-8-transfer-licence-net-income/C1]，金额（元）：1,980,000.00 → 2,040,000.00</c>.
/// </summary>
internal static class WhatIfWords
{
    /// <summary>One change in <paramref name="language"/>.</summary>
    internal static string Line(OutcomeChange change, WhatIfComparison comparison, ExplanationLanguage language)
    {
        var words = ToolWords.For(language);
        var outcome = Outcome(change.OutcomeId, comparison.Before) ?? Outcome(change.OutcomeId, comparison.After);
        var name = outcome is null ? change.OutcomeId : $"{Name(outcome, words)} [{change.OutcomeId}]";
        return change.Kind switch
        {
            OutcomeChangeKind.Added => words.Format("cli.whatif.added", name),
            OutcomeChangeKind.Removed => words.Format("cli.whatif.removed", name),
            _ => words.Format(
                "cli.whatif.changed",
                name,
                words.Get("cli.whatif.field." + change.Field),
                Value(change.Field!, change.Before, Outcome(change.OutcomeId, comparison.Before), words),
                Value(change.Field!, change.After, Outcome(change.OutcomeId, comparison.After), words)),
        };
    }

    /// <summary>The closing line: how many changes, or that nothing moved.</summary>
    internal static string Count(int changes, ExplanationLanguage language)
    {
        var words = ToolWords.For(language);
        return changes switch
        {
            0 => words.Get("cli.whatif.nothing"),
            1 => words.Get("cli.whatif.one-change"),
            _ => words.Format("cli.whatif.changes", changes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private static IOutcome? Outcome(string id, IncentiveDecision decision) =>
        decision.Entitlements.Concat(decision.SupersededEntitlements).Cast<IOutcome>()
            .Concat(decision.Determinations).Concat(decision.Obligations).Concat(decision.Supersessions)
            .FirstOrDefault(o => o.Id == id);

    private static string Name(IOutcome outcome, ToolWords words) => outcome switch
    {
        Entitlement e => $"{OutcomeWording.Citation(e.Clause, words.Language)} {OutcomeWording.Beneficiary(e.Beneficiary, words.Language)}",
        Determination d => $"{OutcomeWording.Citation(d.Clause, words.Language)} {OutcomeWording.Topic(d.Topic, words.Language)}",
        Obligation o => $"{OutcomeWording.Citation(o.Clause, words.Language)} {OutcomeWording.Topic(o.Topic, words.Language)}",
        _ => OutcomeWording.Citation(outcome.Clause, words.Language),
    };

    /// <summary>A field's value in words when it is one (a reason, a verb, a finding), else as the comparison gave it.</summary>
    private static string Value(string field, string? given, IOutcome? outcome, ToolWords words)
    {
        var separator = words.Language == ExplanationLanguage.English ? "; " : "；";
        if (given is null || outcome is null)
        {
            return given ?? words.Get("cli.whatif.none");
        }

        return (field, outcome) switch
        {
            ("Governs", _) => words.Get(given == "yes" ? "cli.whatif.yes" : "cli.whatif.no"),
            ("Modality", Entitlement e) => OutcomeWording.Modality(e.Modality, words.Language),
            ("Modality", Determination d) => OutcomeWording.Modality(d.Modality, words.Language),
            ("BasisReason", Entitlement e) => OutcomeWording.Reason(e.BasisReason, words.Language),
            ("Grounds", Entitlement e) => string.Join(separator, e.Grounds.Select(r => OutcomeWording.Reason(r, words.Language))),
            ("Status", Determination d) => OutcomeWording.Status(d.Status, words.Language),
            ("Conditions", Determination d) => string.Join(separator, d.Conditions.Select(c => OutcomeWording.Reason(c.Reason, words.Language) + (c.Met ? " ✓" : " ✗"))),
            ("State", Obligation o) => OutcomeWording.State(o.State, words.Language),
            ("Requirement", Obligation o) => OutcomeWording.Reason(o.Requirement, words.Language),
            ("Reason", Supersession s) => OutcomeWording.Reason(s.Reason, words.Language),
            _ => given,
        };
    }
}
