using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Coverage;

/// <summary>本措施自发布之日起 30 日后施行: an event dated before the pack takes effect is not covered, and the decision says so with both dates.</summary>
[Name(Id)]
[PolicyClause(Clauses.Commencement)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class EventBeforePolicyTakesEffect : Rule
{
    internal const string Id = "149-commencement-not-covered";

    public override void Define()
    {
        IDatedEvent dated = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => dated)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => !p.IsInForceOn(dated.EventDate));

        Then()
            .Do(ctx => ctx.Insert(NotCoveredFinding.Because(
                Id, Clauses.Commencement, pack, "coverage", dated.Id, "event-on-or-after-effective-date",
                new EventOnOrAfterEffectiveDate(dated.GetType().Name, dated.EventDate, pack.Id, pack.EffectiveFrom))));
    }
}
