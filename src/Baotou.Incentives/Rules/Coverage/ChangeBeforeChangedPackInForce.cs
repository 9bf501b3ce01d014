using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Coverage;

/// <summary>
/// 期间国家、自治区相关政策发生变化的，从其规定 speaks of changes during (期间) 149号's term. A national or regional change that takes
/// effect on or before the day the pack it changes took effect is not such a change: it changes nothing of that pack, drives
/// none of its rules, and the decision says so rather than leaving an auditor to wonder why the change did nothing.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.ChangedNationalRegionalPolicy)]
[RuleSet(RuleSetAttribute.Every)]
internal sealed class ChangeBeforeChangedPackInForce : Rule
{
    internal const string Id = "149-closing-change-before-in-force";

    public override void Define()
    {
        PolicyPack change = default!;
        PolicyPack changed = default!;

        When()
            .Match(() => change, p => p.ChangesPackId != null, p => !p.ChangesAfterChangedPackInForce)
            .Match(() => changed, p => p.Id == change.ChangesPackId);

        Then()
            .Do(ctx => ctx.Insert(NotCoveredFinding.Because(
                Id, Clauses.ChangedNationalRegionalPolicy, change, "changed-provision", change.Id, "changed-after-in-force",
                new ChangedDuringTerm(change.Id, change.EffectiveFrom, change.ChangesPackId!, change.ChangedPackEffectiveFrom!.Value))));
    }
}
