using System.Linq.Expressions;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules;

/// <summary>
/// What the rules that decide from one fact alone share, whatever the measure: the fact meets the rule's own conditions, 149号
/// applies once it is in force on the fact's own date, and the rule decides once per fact. They differ only in the fact, its
/// conditions, its date and the determination, so each names its own rule and clause in the trace.
/// </summary>
/// <typeparam name="TFact">The fact the rule decides about (a case fact or a view of several).</typeparam>
internal abstract class OneFactUnder149<TFact> : Rule
    where TFact : class
{
    public override void Define()
    {
        TFact fact = default!;
        PolicyPack pack = default!;
        // Captured as locals, so that the rule's definition (and the rule-set fingerprint read from it) names them rather
        // than this rule object.
        Func<TFact, LocalDate> datedOn = DatedOn;
        Func<TFact, PolicyPack, Determination> decide = Decide;

        When()
            .Match(() => fact, Conditions)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(datedOn(fact)));

        Then()
            .Do(ctx => ctx.Insert(decide(fact, pack)));
    }

    /// <summary>What the fact must be for the sentence to speak of it; none by default.</summary>
    private protected virtual Expression<Func<TFact, bool>>[] Conditions => [];

    /// <summary>The fact's own date, on which 149号 must be in force.</summary>
    private protected abstract LocalDate DatedOn(TFact fact);

    /// <summary>The determination, with its conditions.</summary>
    private protected abstract Determination Decide(TFact fact, PolicyPack pack);
}
