using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules.Coverage;

/// <summary>
/// The finding a measure gives for a case it does not reach because of the unit's kind, the mode, the place or the date: the
/// measure and the reason are named, so that an auditor never infers from silence.
/// </summary>
internal static class NotCoveredFinding
{
    internal static Determination UnitKind(string ruleId, string clause, PolicyPack pack, string topic, string subjectId, Unit unit, string kindsNamed) =>
        Outcome.Determination(ruleId, clause, pack, topic, subjectId, DeterminationStatus.NotCovered,
            new Condition("unit-kind-in-scope", false, $"{unit.Name} is a {unit.Kind}; {clause} is for {kindsNamed} only"));
}
