using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Coverage;

/// <summary>
/// A case whose facts no measure reaches (a unit with nothing transformed, empowered or commissioned, an achievement with no
/// event any measure names) gets a finding that says so, never an empty decision. It waits until every other rule has fired
/// and is withdrawn by any other outcome, so it appears only when nothing else was said. It is made under the first pack by
/// id among the documents applied (149号 when it is applied), so that it appears once.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.NoMeasureReaches)]
[RuleSet(RuleSetAttribute.Every)]
[Priority(Priorities.NothingReached)]
internal sealed class NoMeasureReachesTheCase : Rule
{
    internal const string Id = "149-coverage-no-measure-reaches";

    public override void Define()
    {
        Unit unit = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => unit)
            .Match(() => pack, p => p.ChangesPackId == null)
            .Not<PolicyPack>(q => q.ChangesPackId == null && string.CompareOrdinal(q.Id, pack.Id) < 0)
            // Any outcome at all (entitlement, determination, obligation; a supersession needs entitlements): one negation
            // node that every outcome reaches, not one per kind, each of which every outcome of its kind would update.
            .Not<IOutcome>();

        Then()
            .Do(ctx => ctx.Insert(NotCoveredFinding.Because(
                Id, Clauses.NoMeasureReaches, pack, "measures-reached", unit.Id, "a-measure-reaches-the-facts",
                new MeasureReachesFacts(unit.Id, unit.Name))));
    }
}
