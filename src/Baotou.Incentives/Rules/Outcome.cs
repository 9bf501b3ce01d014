using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules;

/// <summary>Builds outcomes the same way for every rule: ids from the rule and the subject fact, the pack's identity.</summary>
internal static class Outcome
{
    internal static string IdOf(string ruleId, string subjectFactId) => ruleId + "/" + subjectFactId;

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
        new(IdOf(ruleId, subjectFactId), ruleId, clause, pack.Id, pack.EffectiveFrom, beneficiary, kind, subjectFactId,
            incomeKey, basisDescription, basis, rate.Value, basis * rate.Value, minimumEquityShare, periodStart, periodEnd);

    internal static Determination Determination(
        string ruleId, string clause, PolicyPack pack, string topic, string subjectFactId, DeterminationStatus status, params Condition[] conditions) =>
        new(IdOf(ruleId, subjectFactId) + "#" + topic, ruleId, clause, pack.Id, topic, subjectFactId, status, conditions);
}
