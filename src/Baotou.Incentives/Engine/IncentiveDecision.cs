using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Tracing;
using NodaTime;

namespace Baotou.Incentives.Engine;

/// <summary>
/// What the rules decided for one case on one date: the entitlements that govern, those set aside (从其规定, 从高从新不重复, the floors),
/// the determinations and obligations, and the trace of every rule firing in order. Outcomes are listed in the order rules
/// produced them, which for the same input is always the same.
/// </summary>
public sealed class IncentiveDecision
{
    internal IncentiveDecision(
        string caseId,
        LocalDate evaluationDate,
        IReadOnlyList<string> packIds,
        IReadOnlyList<Entitlement> entitlements,
        IReadOnlyList<Entitlement> supersededEntitlements,
        IReadOnlyList<Supersession> supersessions,
        IReadOnlyList<Determination> determinations,
        IReadOnlyList<Obligation> obligations,
        IReadOnlyList<TraceEntry> trace)
    {
        CaseId = caseId;
        EvaluationDate = evaluationDate;
        PackIds = packIds;
        Entitlements = entitlements;
        SupersededEntitlements = supersededEntitlements;
        Supersessions = supersessions;
        Determinations = determinations;
        Obligations = obligations;
        Trace = trace;
    }

    /// <summary>The id of the case decided.</summary>
    public string CaseId { get; }

    /// <summary>The date the case was evaluated on.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>The ids of the policy packs applied.</summary>
    public IReadOnlyList<string> PackIds { get; }

    /// <summary>
    /// The entitlements that govern, each with the verb of its sentence (<see cref="Entitlement.Modality"/>): what is owed, what a
    /// beneficiary may enjoy, what is recommended to seek. A permission and an owed floor of one income both govern and are never
    /// added; an amount pending an approval carries the finding in <see cref="Entitlement.QualifiedBy"/> and is not owed.
    /// </summary>
    public IReadOnlyList<Entitlement> Entitlements { get; }

    /// <summary>
    /// The entitlements set aside by another of the same force on the same income for the same beneficiary: under 从其规定 (a
    /// changed national or regional provision, whatever its number), 从高从新不重复 or the floors of the law. Never added.
    /// </summary>
    public IReadOnlyList<Entitlement> SupersededEntitlements { get; }

    /// <summary>For each entitlement set aside, which one governs instead and why.</summary>
    public IReadOnlyList<Supersession> Supersessions { get; }

    /// <summary>The findings, each with its conditions.</summary>
    public IReadOnlyList<Determination> Determinations { get; }

    /// <summary>What the unit must do.</summary>
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>Every rule firing, in order.</summary>
    public IReadOnlyList<TraceEntry> Trace { get; }

    /// <summary>Finds the governing entitlement a rule granted on a fact.</summary>
    /// <param name="ruleId">The rule's id, e.g. <c>149-8-transfer-licence-net-income</c>.</param>
    /// <param name="subjectFactId">The fact it concerns, e.g. a contract's id.</param>
    /// <returns>The entitlement, or <see langword="null"/> when the rule granted none on that fact or it was set aside.</returns>
    public Entitlement? FindEntitlement(string ruleId, string subjectFactId) =>
        Entitlements.FirstOrDefault(e => e.RuleId == ruleId && e.SubjectFactId == subjectFactId);

    /// <summary>The determinations a rule made.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>Its determinations, in order.</returns>
    public IEnumerable<Determination> DeterminationsBy(string ruleId) => Determinations.Where(d => d.RuleId == ruleId);

    /// <summary>Whether a rule fired at least once.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns><see langword="true"/> when the trace shows it.</returns>
    public bool Fired(string ruleId) => Trace.Any(t => t.RuleId == ruleId);
}
