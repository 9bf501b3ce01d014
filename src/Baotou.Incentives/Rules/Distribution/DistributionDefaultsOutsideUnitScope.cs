using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Coverage;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （八） names 国有企业、科研院所、高校: another unit's achievement (a public institution's, a private enterprise's) is outside
/// its defaults and its national-award sentence, and the decision says so. 第四十五条 still reaches it where the law's pack is applied.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class DistributionDefaultsOutsideUnitScope : Rule
{
    internal const string Id = "149-8-unit-not-covered";

    public override void Define()
    {
        Achievement achievement = default!;
        Unit unit = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => achievement)
            .Match(() => unit, u => u.Id == achievement.UnitId, u => !Scope.IsCoveredByDistributionDefaults(u))
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149));

        Then()
            .Do(ctx => ctx.Insert(NotCoveredFinding.UnitKind(Id, Clauses.Measure8, pack, "default-rewards", achievement.Id, unit, UnitsNamed.StateOwnedEnterprisesResearchInstitutesAndUniversities)));
    }
}
