using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Engine;

/// <summary>
/// Evaluates cases under a set of policy packs. Build one and share it: it is immutable and safe to use from many threads at
/// once. Each evaluation runs in its own rules sessions, so cases never see each other.
/// </summary>
/// <remarks>
/// One case: <see cref="Evaluate"/>. Many cases with bounded parallelism: <see cref="EvaluateManyAsync"/>. Evidence for an
/// auditor: <see cref="Records.EngineRecording.Record"/> and <see cref="Replay.RecordReplay.Replay(IncentiveEngine, Records.DecisionRecord)"/> (extensions that live above the engine). The same cases under a changed pack: <c>WhatIf</c>.
/// </remarks>
/// <example>
/// <code>
/// var engine = new IncentiveEngine();                       // 第四十五条 and 149号, compiled once
/// var decision = engine.Evaluate(incentiveCase, new LocalDate(2025, 6, 30));
/// foreach (var entitlement in decision.Entitlements) { ... }
/// </code>
/// </example>
public sealed partial class IncentiveEngine
{
    /// <summary>
    /// Creates an engine that applies the <see cref="KnownPacks.Default"/> packs: 《促进科技成果转化法》第四十五条, which is always in
    /// force, and 149号 beside it. For 149号 alone, pass <c>[Baotou149.Pack]</c>.
    /// </summary>
    public IncentiveEngine()
        : this(KnownPacks.Default)
    {
    }

    /// <summary>Creates an engine that applies the given packs.</summary>
    /// <param name="packs">The packs; at least one, ids unique.</param>
    /// <exception cref="IncentiveValidationException">No pack is given, a pack is null, or two packs share an id.</exception>
    public IncentiveEngine(IEnumerable<PolicyPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var given = packs.ToArray();
        var problems = new List<ValidationProblem>();
        if (given.Length == 0)
        {
            problems.Add(new ValidationProblem(nameof(IncentiveEngine), null, "Packs", "must include at least one policy pack"));
        }

        for (var i = 0; i < given.Length; i++)
        {
            if (given[i] is null)
            {
                problems.Add(new ValidationProblem(nameof(IncentiveEngine), null, $"Packs[{i}]", "must not be null"));
            }
            else if (given.Take(i).Any(p => p?.Id == given[i].Id))
            {
                problems.Add(new ValidationProblem(nameof(PolicyPack), given[i].Id, "Id", "is given twice: each pack may be applied once"));
            }
        }

        if (problems.Count > 0)
        {
            throw new IncentiveValidationException(problems);
        }

        Packs = given.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        _packIds = Array.AsReadOnly(Packs.Select(p => p.Id).ToArray());
        _packsApplied = new Rules.Resolution.PacksApplied(Packs);
        _ruleSets = CompiledRules.RuleSetsKey(Packs.Select(p => p.RuleSet));
        _ = CompiledRules.RuleCount;
    }

    // The rule sets the packs drive, as the compiled sessions are keyed by them.
    private readonly string _ruleSets;

    // Shared by every decision: read-only, so no decision can change another's.
    private readonly IReadOnlyList<string> _packIds;

    // The packs as the resolution rules read them (levels, changes): one fact per session, not listed in the trace.
    private readonly Rules.Resolution.PacksApplied _packsApplied;

    /// <summary>The packs applied, ordered by id.</summary>
    public IReadOnlyList<PolicyPack> Packs { get; }

    /// <summary>
    /// Compiles now what every evaluation under these packs shares (the session of the evaluation's last step), so that the
    /// first evaluation does not pay for it; a process that starts, evaluates once and ends can do it on a second thread while
    /// it reads its input. Evaluating without it gives the same decisions. Safe to call from many threads, and more than once.
    /// </summary>
    public void WarmUp() => _ = CompiledRules.OverOutcomes(_ruleSets);

    /// <summary>Evaluates a case on a date.</summary>
    /// <param name="incentiveCase">The case.</param>
    /// <param name="evaluationDate">The date to evaluate on: money received after it does not count. Nothing reads the clock.</param>
    /// <returns>The decision with its trace.</returns>
    /// <exception cref="IncentiveValidationException">The case is invalid; every problem is listed and nothing was evaluated.</exception>
    public IncentiveDecision Evaluate(IncentiveCase incentiveCase, LocalDate evaluationDate) =>
        EngineTelemetry.IsObserved ? EvaluateObserved(incentiveCase, evaluationDate) : EvaluateCore(incentiveCase, evaluationDate);

    private IncentiveDecision EvaluateCore(IncentiveCase incentiveCase, LocalDate evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(incentiveCase);
        var problems = new List<ValidationProblem>();
        try
        {
            Guard.Date(evaluationDate, nameof(IncentiveEngine), null, "EvaluationDate");
        }
        catch (InvalidFactException e)
        {
            problems.Add(e.Problem);
        }

        problems.AddRange(incentiveCase.RelationProblems);
        if (problems.Count > 0)
        {
            throw new IncentiveValidationException(problems);
        }

        var ordered = incentiveCase.CanonicalFacts;
        var views = FactViews.Of(ordered, evaluationDate);
        var session = CompiledRules.For(ordered, _ruleSets).CreateSession();

        // One batch: each insert call propagates through the network on its own, so one call for the whole case is cheapest.
        var batch = new List<object>(2 + Packs.Count + ordered.Length + views.Count) { new EvaluationContext(evaluationDate), _packsApplied };
        batch.AddRange(Packs);
        batch.AddRange(ordered);
        batch.AddRange(views);
        session.InsertAll(batch);

        // Listened to only now: inserting the case raises no firing, and an event nobody listens to costs NRules nothing.
        var recorder = new TraceRecorder();
        recorder.Listen(session);
        session.Fire();

        // Then the rules over outcomes (resolution, "no measure reaches"), only when one of them can fire.
        OutcomePhase.Complete(_ruleSets, _packsApplied, Packs, ordered, recorder);

        return Assemble(incentiveCase.Id, evaluationDate, recorder);
    }

    /// <summary>
    /// The decision from a finished trace: grants set aside are moved beside the ones that govern, and an amount a finding
    /// qualifies (pending an approval) carries that finding's id.
    /// </summary>
    internal IncentiveDecision Assemble(string caseId, LocalDate evaluationDate, TraceRecorder recorder)
    {
        IReadOnlyList<Entitlement> entitlements = Qualified(recorder.Entitlements, recorder.Determinations);
        IReadOnlyList<Entitlement> governing = entitlements;
        IReadOnlyList<Entitlement> setAside = [];
        if (recorder.AnySuperseded)
        {
            var superseded = recorder.Supersessions.Select(s => s.SupersededId).ToHashSet(StringComparer.Ordinal);
            governing = entitlements.Where(e => !superseded.Contains(e.Id)).ToArray();
            setAside = entitlements.Where(e => superseded.Contains(e.Id)).ToArray();
        }

        return new IncentiveDecision(
            caseId,
            evaluationDate,
            _packIds,
            governing,
            setAside,
            recorder.Supersessions,
            recorder.Determinations,
            recorder.Obligations,
            recorder.Entries);
    }

    private static IReadOnlyList<Entitlement> Qualified(List<Entitlement> entitlements, List<Determination> determinations)
    {
        Dictionary<string, string>? qualifying = null;
        foreach (var finding in determinations)
        {
            if (finding.RuleId == Rules.Empowerment.AmountPendingApproval.Id)
            {
                (qualifying ??= new(StringComparer.Ordinal))[finding.SubjectFactId] = finding.Id;
            }
        }

        return qualifying is null
            ? entitlements
            : entitlements.Select(e => qualifying.TryGetValue(e.Id, out var by) ? e with { QualifiedBy = by } : e).ToArray();
    }
}
