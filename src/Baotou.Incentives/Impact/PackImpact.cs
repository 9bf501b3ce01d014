using Baotou.Incentives.Engine;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Impact;

/// <summary>
/// What a new pack would do to decisions already recorded. Each record is replayed under its own packs
/// (<see cref="DecisionRecord.ReplayPacks"/>), then decided again with the pack added to them, or in place of the pack of the
/// same id, and every governing entitlement that moves is listed with the principle that decided. Records are assessed one at
/// a time, so a folder of any size streams through in bounded memory; a record that cannot be replayed (tampered, invalid) is
/// a <see cref="RecordImpactStatus.NotReplayable"/> result, never skipped. One instance keeps an engine per set of packs met;
/// it is not thread-safe.
/// </summary>
public sealed class PackImpact
{
    /// <summary>Engines kept at most, one per set of packs; records of many packs of one's own empty the cache rather than grow it.</summary>
    private const int EnginesKept = 16;

    private readonly Dictionary<string, IncentiveEngine> _engines = new(StringComparer.Ordinal);

    /// <summary>Assesses records against <paramref name="pack"/>.</summary>
    /// <param name="pack">The new pack: a later policy (added to each record's packs) or a changed copy of a recorded one (same id, replaces it).</param>
    public PackImpact(PolicyPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Pack = pack;
    }

    /// <summary>The pack assessed.</summary>
    public PolicyPack Pack { get; }

    /// <summary>Reads one record from a stream (within the record's 16 MB limit) and assesses it; a record that cannot be read is not replayable, with the reader's problems.</summary>
    /// <param name="source">Where the record came from, as the result names it (a file's path).</param>
    /// <param name="utf8Json">The record's JSON as UTF-8.</param>
    /// <returns>The impact on the record.</returns>
    public RecordImpact Assess(string source, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(utf8Json);
        DecisionRecord record;
        try
        {
            record = DecisionRecord.Parse(utf8Json);
        }
        catch (IncentiveValidationException e)
        {
            return NotReplayable(source, null, null, "invalid decision record: " + string.Join("; ", e.Problems));
        }

        return Assess(source, record);
    }

    /// <summary>Assesses one record.</summary>
    /// <param name="source">Where the record came from, as the result names it.</param>
    /// <param name="record">The record.</param>
    /// <returns>The impact on the record.</returns>
    public RecordImpact Assess(string source, DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(record);
        var caseId = record.Case.Id;
        var date = record.Decision.EvaluationDate;
        var own = record.ReplayPacks;
        var replay = EngineFor(own).Replay(record);
        if (replay.Replayed is not { } before)
        {
            return NotReplayable(source, caseId, replay.Verdict, replay.Summary());
        }

        var replaced = own.Any(p => p.Id == Pack.Id);
        IncentiveDecision after;
        try
        {
            after = EngineFor(replaced ? own.Select(p => p.Id == Pack.Id ? Pack : p).ToArray() : [.. own, Pack]).Evaluate(record.Case, date);
        }
        catch (IncentiveValidationException e)
        {
            return NotReplayable(source, caseId, replay.Verdict, "cannot be decided with the pack: " + string.Join("; ", e.Problems));
        }

        var changes = Changes(before, after);
        return new RecordImpact(source, caseId, date, changes.Count == 0 ? RecordImpactStatus.Unchanged : RecordImpactStatus.Changed,
            replaced ? PackApplication.Replaced : PackApplication.Added, replay.Verdict, null, changes);
    }

    /// <summary>
    /// The governing entitlements that move: one governing before and now with another amount, rate or verb; one set aside now
    /// for another (with the supersession's rule and clause); one no longer produced; one governing only now.
    /// </summary>
    internal static IReadOnlyList<EntitlementChange> Changes(IncentiveDecision before, IncentiveDecision after)
    {
        var changes = new List<EntitlementChange>();
        var governing = after.Entitlements.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var all = after.Entitlements.Concat(after.SupersededEntitlements).GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var accounted = new HashSet<string>(before.Entitlements.Select(e => e.Id), StringComparer.Ordinal);
        foreach (var e in before.Entitlements)
        {
            if (governing.TryGetValue(e.Id, out var now))
            {
                if (now.MinimumAmount != e.MinimumAmount || now.Rate != e.Rate || now.Modality != e.Modality)
                {
                    changes.Add(Change(e, now, null));
                }

                continue;
            }

            var setAside = after.Supersessions.FirstOrDefault(s => s.SupersededId == e.Id);
            var instead = setAside is not null && all.TryGetValue(setAside.GoverningId, out var g) ? g : null;
            if (instead is not null)
            {
                accounted.Add(instead.Id);
            }

            changes.Add(Change(e, instead, setAside));
        }

        changes.AddRange(after.Entitlements.Where(e => !accounted.Contains(e.Id)).Select(e => Change(null, e, null)));
        return changes;
    }

    private static EntitlementChange Change(Entitlement? before, Entitlement? now, Supersession? principle)
    {
        var named = (now ?? before)!;
        return new EntitlementChange(named.Clause, named.Beneficiary, named.SubjectFactId, before?.Id, now?.Id, before?.Modality, now?.Modality,
            before?.Rate, now?.Rate, before?.MinimumAmount, now?.MinimumAmount, principle?.RuleId, principle?.Clause);
    }

    private static RecordImpact NotReplayable(string source, string? caseId, ReplayVerdict? verdict, string problem) =>
        new(source, caseId, null, RecordImpactStatus.NotReplayable, null, verdict, problem, []);

    private IncentiveEngine EngineFor(IReadOnlyList<PolicyPack> packs)
    {
        var key = string.Join(",", packs.Select(p => p.Id)) + "|" + Fingerprints.Parameters(packs);
        if (!_engines.TryGetValue(key, out var engine))
        {
            if (_engines.Count >= EnginesKept)
            {
                _engines.Clear();
            }

            engine = new IncentiveEngine(packs);
            _engines[key] = engine;
        }

        return engine;
    }
}
