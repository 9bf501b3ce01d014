using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules;

/// <summary>Builds outcomes the same way for every rule: ids from the rule and the subject fact, the pack's identity.</summary>
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
        string subjectFactId,
        string incomeKey,
        string basisDescription,
        decimal basis,
        ParameterReading rate,
        decimal? minimumEquityShare = null,
        NodaTime.LocalDate? periodStart = null,
        NodaTime.LocalDate? periodEnd = null) =>
        new(IdOf(ruleId, pack, subjectFactId), ruleId, clause, pack.Id, pack.EffectiveFrom, beneficiary, kind, subjectFactId,
            incomeKey, basisDescription, basis, rate.Value, basis * rate.Value, minimumEquityShare, periodStart, periodEnd);

    internal static Determination Determination(
        string ruleId, string clause, PolicyPack pack, string topic, string subjectFactId, DeterminationStatus status, params Condition[] conditions) =>
        new(IdOf(ruleId, pack, subjectFactId) + "#" + topic, ruleId, clause, pack.Id, topic, subjectFactId, status, conditions);

    internal static Obligation Obligation(
        string ruleId, string clause, PolicyPack pack, string topic, string subjectFactId, string requirement, ObligationState state) =>
        new(IdOf(ruleId, pack, subjectFactId) + "#" + topic, ruleId, clause, pack.Id, topic, subjectFactId, requirement, state);

    /// <summary>A determination whose status follows from its conditions: <paramref name="whenAllMet"/> if every one holds, else <paramref name="otherwise"/>.</summary>
    internal static Determination Determination(
        string ruleId, string clause, PolicyPack pack, string topic, string subjectFactId,
        DeterminationStatus whenAllMet, DeterminationStatus otherwise, params Condition[] conditions) =>
        Determination(ruleId, clause, pack, topic, subjectFactId, conditions.All(c => c.Met) ? whenAllMet : otherwise, conditions);
}
