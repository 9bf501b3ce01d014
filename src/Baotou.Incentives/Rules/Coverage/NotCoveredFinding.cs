using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.Coverage;

/// <summary>
/// The finding a measure gives for a case it does not reach because of the unit's kind, the mode, the place or the date: the
/// measure and the reason are named, so that an auditor never infers from silence.
/// </summary>
internal static class NotCoveredFinding
{
    /// <summary>The sentence names <paramref name="named"/>, and the unit is not one of them: as the text provides, it does not apply.</summary>
    internal static Determination UnitKind(string ruleId, string clause, PolicyPack pack, string topic, string subjectId, Unit unit, UnitsNamed named) =>
        Because(ruleId, clause, pack, topic, subjectId, "unit-kind-in-scope", new UnitKindInScope(unit.Name, unit.Kind, named));

    /// <summary>
    /// As the text provides, the case is not covered: the one <paramref name="condition"/> named fails, as
    /// <paramref name="reason"/> says.
    /// </summary>
    internal static Determination Because(
        string ruleId, string clause, PolicyPack pack, string topic, string subjectId, string condition, IReason reason) =>
        Outcome.Determination(ruleId, clause, pack, topic, subjectId, DeterminationStatus.NotCovered, Modality.Provided,
            new Condition(condition, false, reason));
}
