using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.WhatIf;

namespace Baotou.Incentives.Engine;

// Replaying a decision record with this engine's rules and packs. (The type's one <summary> is in IncentiveEngine.cs; a partial declaration documents its members only.)
public sealed partial class IncentiveEngine
{
    /// <summary>Records a decision of this engine, ready to write as JSON (<see cref="DecisionRecord.ToJson"/>).</summary>
    /// <param name="incentiveCase">The case.</param>
    /// <param name="evaluationDate">The date to evaluate on.</param>
    /// <returns>The record of the decision.</returns>
    /// <exception cref="Validation.IncentiveValidationException">The case is invalid.</exception>
    public DecisionRecord Record(Facts.IncentiveCase incentiveCase, NodaTime.LocalDate evaluationDate) =>
        DecisionRecord.Of(this, incentiveCase, Evaluate(incentiveCase, evaluationDate));

    /// <summary>
    /// Evaluates a record's inputs again with this engine and compares: <see cref="ReplayVerdict.Reproduced"/> when the
    /// outcomes and trace are the same; <see cref="ReplayVerdict.Diverged"/> naming the first difference; or
    /// <see cref="ReplayVerdict.Tampered"/> when the record's digest does not match its content. Either way the result says
    /// whether the rule set or any parameter value changed since the record was made.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The verdict and what differs.</returns>
    public ReplayResult Replay(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var ruleSetChanged = record.RuleSetFingerprint != Fingerprints.RuleSet;
        var parameterChanges = ParameterChangesSince(record.Parameters);
        if (!record.IsIntact)
        {
            return new ReplayResult(ReplayVerdict.Tampered, null, ruleSetChanged, parameterChanges, null);
        }

        var recorded = record.Decision;
        var packsNow = Packs.Select(p => p.Id).ToArray();
        if (!recorded.PackIds.SequenceEqual(packsNow))
        {
            return new ReplayResult(ReplayVerdict.Diverged,
                new ReplayDifference("packs", null, "PackIds", string.Join(", ", recorded.PackIds), string.Join(", ", packsNow)),
                ruleSetChanged, parameterChanges, null);
        }

        var now = Evaluate(record.Case, recorded.EvaluationDate);

        // A record of schema 1 is compared in its own terms: today's decision projected into schema 1, sentences included.
        var outcomes = record.Legacy is { } legacy
            ? Records.Schema1.Schema1Projection.FirstDifference(legacy, now, id => Packs.First(p => p.Id == id).DocumentNumber)
            : FirstOutcomeDifference(recorded, now);
        var difference = outcomes ?? FirstTraceDifference(recorded, now);
        return new ReplayResult(difference is null ? ReplayVerdict.Reproduced : ReplayVerdict.Diverged, difference, ruleSetChanged, parameterChanges, now);
    }

    private IReadOnlyList<ParameterChange> ParameterChangesSince(IReadOnlyList<RecordedParameter> recorded)
    {
        static (string, string, NodaTime.LocalDate) Key(RecordedParameter p) => (p.PackId, p.Parameter, p.EffectiveFrom);
        var now = Fingerprints.ValuesOf(Packs);
        var recordedByKey = recorded.ToDictionary(Key, p => p.Value);
        var nowByKey = now.ToDictionary(Key, p => p.Value);
        return recorded.Select(Key).Concat(now.Select(Key).Where(k => !recordedByKey.ContainsKey(k)))
            .Where(k => !recordedByKey.TryGetValue(k, out var before) || !nowByKey.TryGetValue(k, out var after) || before != after)
            .Select(k => new ParameterChange(k.Item1, k.Item2, k.Item3,
                recordedByKey.TryGetValue(k, out var r) ? r : null, nowByKey.TryGetValue(k, out var n) ? n : null))
            .ToArray();
    }

    private static ReplayDifference? FirstOutcomeDifference(IncentiveDecision recorded, IncentiveDecision now) =>
        DecisionDifference.Between(recorded, now).Select(c => c.Kind switch
        {
            OutcomeChangeKind.Added => new ReplayDifference(c.OutcomeId, c.RuleId, "(present)", null, "produced"),
            OutcomeChangeKind.Removed => new ReplayDifference(c.OutcomeId, c.RuleId, "(present)", "produced", null),
            _ => new ReplayDifference(c.OutcomeId, c.RuleId, c.Field!, c.Before, c.After),
        }).FirstOrDefault();

    private static ReplayDifference? FirstTraceDifference(IncentiveDecision recorded, IncentiveDecision now)
    {
        for (var i = 0; i < Math.Max(recorded.Trace.Count, now.Trace.Count); i++)
        {
            var before = i < recorded.Trace.Count ? Describe(recorded.Trace[i]) : null;
            var after = i < now.Trace.Count ? Describe(now.Trace[i]) : null;
            if (before != after)
            {
                return new ReplayDifference($"trace[{i + 1}]", (i < now.Trace.Count ? now.Trace[i] : recorded.Trace[i]).RuleId, "Entry", before, after);
            }
        }

        return null;
    }

    private static string Describe(Tracing.TraceEntry entry) =>
        $"{entry.RuleId} on {string.Join(", ", entry.MatchedFacts)} reading {string.Join(", ", entry.Parameters.Select(p => $"{p.Parameter}={p.Value}"))} produced {string.Join(", ", entry.Produced)} superseded {string.Join(", ", entry.Superseded)}";
}
