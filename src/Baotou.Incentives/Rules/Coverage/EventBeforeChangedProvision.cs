using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Coverage;

/// <summary>
/// 从其规定 from the change's own date: an event the changed pack covers but dated before a national or regional change takes
/// effect keeps the changed pack's provisions, and the decision names the change and its date, so that an auditor sees why the
/// change did not reach it.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.ChangedNationalRegionalPolicy)]
[RuleSet(RuleSetAttribute.Every)]
internal sealed class EventBeforeChangedProvision : Rule
{
    internal const string Id = "149-closing-change-not-yet-in-force";

    public override void Define()
    {
        IDatedEvent dated = default!;
        PolicyPack change = default!;

        When()
            .Match(() => dated)
            .Match(() => change, p => p.ChangesPackId != null, p => p.ChangesAfterChangedPackInForce,
                p => !p.IsInForceOn(dated.EventDate), p => dated.EventDate >= p.ChangedPackEffectiveFrom);

        Then()
            .Do(ctx => ctx.Insert(NotCoveredFinding.Because(
                Id, Clauses.ChangedNationalRegionalPolicy, change, "changed-provision", dated.Id, "event-on-or-after-change",
                new EventOnOrAfterChange(dated.GetType().Name, dated.EventDate, change.Id, change.EffectiveFrom, change.ChangesPackId!))));
    }
}
