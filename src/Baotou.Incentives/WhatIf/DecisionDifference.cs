using Baotou.Incentives.Engine;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.WhatIf;

/// <summary>
/// Compares two decisions of one case outcome by outcome. Outcomes are matched by id, which names the rule, the pack (when
/// it is not the rule set's own) and the fact, so the same outcome under a changed copy of a pack has the same id.
/// </summary>
internal static class DecisionDifference
{
    internal static IReadOnlyList<OutcomeChange> Between(IncentiveDecision before, IncentiveDecision after)
    {
        var earlier = Compared(before);
        var later = Compared(after);
        var laterById = later.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var earlierIds = earlier.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var changes = new List<OutcomeChange>();
        foreach (var outcome in earlier)
        {
            if (!laterById.TryGetValue(outcome.Id, out var now))
            {
                changes.Add(new OutcomeChange(outcome.Id, outcome.RuleId, OutcomeChangeKind.Removed, null, null, null));
                continue;
            }

            changes.AddRange(outcome.Fields
                .Zip(now.Fields)
                .Where(pair => !string.Equals(pair.First.Value, pair.Second.Value, StringComparison.Ordinal))
                .Select(pair => new OutcomeChange(outcome.Id, outcome.RuleId, OutcomeChangeKind.Changed, pair.First.Name, pair.First.Value, pair.Second.Value)));
        }

        changes.AddRange(later.Where(o => !earlierIds.Contains(o.Id))
            .Select(o => new OutcomeChange(o.Id, o.RuleId, OutcomeChangeKind.Added, null, null, null)));
        return changes;
    }

    /// <summary>Each outcome with its comparable fields as text, in the decision's order; one kind of outcome always lists the same fields.</summary>
    private static List<ComparedOutcome> Compared(IncentiveDecision decision) =>
    [
        .. decision.Entitlements.Select(e => Of(e, governs: true)),
        .. decision.SupersededEntitlements.Select(e => Of(e, governs: false)),
        .. decision.Determinations.Select(d => new ComparedOutcome(d.Id, d.RuleId,
        [
            new(nameof(Determination.Status), d.Status.ToString()),
            new(nameof(Determination.Modality), d.Modality.ToString()),
            new(nameof(Determination.Conditions), string.Join("; ", d.Conditions.Select(c => $"{c.Name}={(c.Met ? "met" : "failed")} {Json(c.Reason)}"))),
        ])),
        .. decision.Obligations.Select(o => new ComparedOutcome(o.Id, o.RuleId,
        [
            new(nameof(Obligation.State), o.State.ToString()),
            new(nameof(Obligation.Requirement), Json(o.Requirement)),
        ])),
        .. decision.Supersessions.Select(s => new ComparedOutcome(s.Id, s.RuleId,
        [
            new(nameof(Supersession.GoverningId), s.GoverningId),
            new(nameof(Supersession.Reason), Json(s.Reason)),
        ])),
    ];

    /// <summary>A reason as its canonical JSON: the code and every typed argument, so that a changed argument is a difference.</summary>
    private static string Json(IReason reason) =>
        System.Text.Json.JsonSerializer.Serialize(reason, ReasonJsonContext.Compact.IReason);

    private static ComparedOutcome Of(Entitlement e, bool governs) => new(e.Id, e.RuleId,
    [
        new(nameof(Entitlement.Basis), Fen.Format(e.Basis)),
        new(nameof(Entitlement.Rate), Rate.Format(e.Rate)),
        new(nameof(Entitlement.MinimumAmount), Fen.Format(e.MinimumAmount)),
        new(nameof(Entitlement.MinimumEquityShare), e.MinimumEquityShare is { } share ? Rate.Format(share) : null),
        new(nameof(Entitlement.Modality), e.Modality.ToString()),
        new(nameof(Entitlement.BasisReason), Json(e.BasisReason)),
        new(nameof(Entitlement.Grounds), string.Join("; ", e.Grounds.Select(Json))),
        new("Governs", governs ? "yes" : "no"),
    ]);

    private sealed record ComparedOutcome(string Id, string RuleId, IReadOnlyList<ComparedField> Fields);

    private sealed record ComparedField(string Name, string? Value);
}
