using Baotou.Incentives.Engine;
using Baotou.Incentives.Records;
using Baotou.Incentives.Signing;

namespace Baotou.Incentives.Replay;

/// <summary>
/// Replaying a decision record with an engine's rules and packs: <c>engine.Replay(record)</c>. It sits here, above the engine,
/// the record and signing, because it uses all three and none of them needs it (docs/ARCHITECTURE.md).
/// </summary>
public static class RecordReplay
{
    /// <summary>
    /// Evaluates a record's inputs again with this engine and compares: <see cref="ReplayVerdict.Reproduced"/> when the
    /// outcomes and trace are the same and each pack's definition is this engine's pack of the same id;
    /// <see cref="ReplayVerdict.Diverged"/> naming the first difference (in the decision, else in a pack's definition); or
    /// <see cref="ReplayVerdict.Tampered"/> when the record's digest does not match its content. Either way the result says
    /// whether the rule set or any parameter value changed since the record was made.
    /// </summary>
    /// <param name="engine">The engine whose rules and packs evaluate the record's case again.</param>
    /// <param name="record">The record.</param>
    /// <returns>The verdict and what differs.</returns>
    public static ReplayResult Replay(this IncentiveEngine engine, DecisionRecord record) => Replay(engine, record, null);

    /// <summary>
    /// As <see cref="Replay(IncentiveEngine, DecisionRecord)"/>, checking the record's signature too: an invalid signature is
    /// <see cref="ReplayVerdict.Tampered"/>, and with <paramref name="trust"/> a record that is unsigned or signed by a key
    /// or certificate the trust does not name is <see cref="ReplayVerdict.Untrusted"/> and is not replayed.
    /// </summary>
    /// <param name="engine">The engine whose rules and packs evaluate the record's case again.</param>
    /// <param name="record">The record.</param>
    /// <param name="trust">The keys and certificates to require a signature from, or <see langword="null"/> to accept an unsigned record.</param>
    /// <returns>The verdict, what differs, and the signature found.</returns>
    public static ReplayResult Replay(this IncentiveEngine engine, DecisionRecord record, RecordTrust? trust)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(record);
        var ruleSetChanged = record.RuleSetFingerprint != Fingerprints.RuleSet;
        var parameterChanges = ParameterChangesSince(engine, record.Parameters);
        var signature = record.CheckSignature(trust);
        if (!record.IsIntact || signature.Status == SignatureStatus.Invalid)
        {
            return new ReplayResult(ReplayVerdict.Tampered, null, ruleSetChanged, parameterChanges, null, signature);
        }

        if (trust is not null && !signature.Trusted)
        {
            return new ReplayResult(ReplayVerdict.Untrusted, null, ruleSetChanged, parameterChanges, null, signature);
        }

        var recorded = record.Decision;
        var packsNow = engine.Packs.Select(p => p.Id).ToArray();
        if (!recorded.PackIds.SequenceEqual(packsNow))
        {
            return new ReplayResult(ReplayVerdict.Diverged,
                new ReplayDifference("$.packs", "$.packs", null, string.Join(", ", recorded.PackIds), string.Join(", ", packsNow)),
                ruleSetChanged, parameterChanges, null, signature);
        }

        var now = engine.Evaluate(record.Case, recorded.EvaluationDate);

        // The decision first (where a changed value shows, an outcome says more than the pack's line), then what each pack
        // says: a reader is shown its document number, level, dates and references, so a definition other than this
        // engine's pack of the same id diverges even where no outcome differs.
        var difference = DecisionComparison.FirstDifference(recorded, now)
            ?? DecisionComparison.FirstDifference(record.Document.PackDefinitions!, engine.Packs);
        return new ReplayResult(difference is null ? ReplayVerdict.Reproduced : ReplayVerdict.Diverged, difference, ruleSetChanged, parameterChanges, now, signature);
    }

    private static IReadOnlyList<ParameterChange> ParameterChangesSince(IncentiveEngine engine, IReadOnlyList<RecordedParameter> recorded)
    {
        static (string, string, NodaTime.LocalDate) Key(RecordedParameter p) => (p.PackId, p.Parameter, p.EffectiveFrom);
        var now = Fingerprints.ValuesOf(engine.Packs);
        var recordedByKey = recorded.ToDictionary(Key, p => (decimal?)p.Value);
        var nowByKey = now.ToDictionary(Key, p => (decimal?)p.Value);
        return recorded.Select(Key).Concat(now.Select(Key).Where(k => !recordedByKey.ContainsKey(k)))
            .Select(k => new ParameterChange(k.Item1, k.Item2, k.Item3, recordedByKey.GetValueOrDefault(k), nowByKey.GetValueOrDefault(k)))
            .Where(change => change.Recorded != change.Now)
            .ToArray();
    }
}
