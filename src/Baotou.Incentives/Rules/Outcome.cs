using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules;

/// <summary>
/// Builds outcomes the same way for every rule: ids from the rule and the subject fact, the pack's identity, the modality of
/// the sentence applied and reason codes with typed arguments. Nothing here, or in any rule, builds a sentence.
/// </summary>
internal static class Outcome
{
    internal static string IdOf(string ruleId, string subjectFactId) => ruleId + "/" + subjectFactId;

    /// <summary>
    /// The id of what a rule produced under a pack. A rule driven by its own rule set's pack keeps the short form
    /// <c>rule/subject</c>; driven by another pack of the same rule set (a pack of your own, a later policy) the pack is
    /// named, <c>rule@pack/subject</c>, so that the two packs' outcomes never share an id.
    /// </summary>
    internal static string IdOf(string ruleId, PolicyPack pack, string subjectFactId) =>
        pack.Id == pack.RuleSet ? IdOf(ruleId, subjectFactId) : ruleId + "@" + pack.Id + "/" + subjectFactId;

    internal static Entitlement Entitlement(
        string ruleId,
        string clause,
        PolicyPack pack,
        Beneficiary beneficiary,
        EntitlementKind kind,
        Modality modality,
        string subjectFactId,
        string incomeKey,
        IReason basisReason,
        decimal basis,
        ParameterReading rate,
        IReadOnlyList<IReason>? grounds = null,
        decimal? minimumEquityShare = null,
        NodaTime.LocalDate? periodStart = null,
        NodaTime.LocalDate? periodEnd = null) =>
        new(IdOf(ruleId, pack, subjectFactId), ruleId, clause, pack.Id, pack.EffectiveFrom, beneficiary, kind, modality, subjectFactId,
            incomeKey, basisReason, grounds ?? [], basis, rate.Value, basis * rate.Value, minimumEquityShare, periodStart, periodEnd);

    internal static Determination Determination(
        string ruleId, string clause, PolicyPack pack, string topic, string subjectFactId, DeterminationStatus status, Modality modality, params Condition[] conditions) =>
        new(IdOf(ruleId, pack, subjectFactId) + "#" + topic, ruleId, clause, pack.Id, topic, subjectFactId, status, modality, conditions);

    internal static Obligation Obligation(
        string ruleId, string clause, PolicyPack pack, string topic, string subjectFactId, IReason requirement, ObligationState state) =>
        new(IdOf(ruleId, pack, subjectFactId) + "#" + topic, ruleId, clause, pack.Id, topic, subjectFactId, requirement, Modality.Required, state);

    /// <summary>A determination whose status follows from its conditions: <paramref name="whenAllMet"/> if every one holds, else <paramref name="otherwise"/>.</summary>
    internal static Determination Determination(
        string ruleId, string clause, PolicyPack pack, string topic, string subjectFactId,
        DeterminationStatus whenAllMet, DeterminationStatus otherwise, Modality modality, params Condition[] conditions) =>
        Determination(ruleId, clause, pack, topic, subjectFactId, conditions.All(c => c.Met) ? whenAllMet : otherwise, modality, conditions);
}
