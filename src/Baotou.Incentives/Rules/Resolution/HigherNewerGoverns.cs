using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 从高从新不重复: where entitlements grant one beneficiary shares of the same income, the highest governs, the rest are set
/// aside and never added. It runs after every measure rule, so it sees every grant, and fires once per group of overlapping
/// entitlements, setting aside every one but the highest.
/// </summary>
/// <remarks>
/// Entitlements are grouped by <see cref="OverlapKey"/> with the query's <c>GroupBy</c>, which keeps its groups by key. Comparing
/// each entitlement with every other through a join costs the square of their number (NRules joins have no hash index): a
/// self-implementation's profit years are an entitlement each, and a case with hundreds of them spent most of its time here.
/// </remarks>
[Name(Id)]
[PolicyClause(Clauses.HigherNewerNoDuplication)]
[Priority(Priorities.Resolution)]
internal sealed class HigherNewerGoverns : Rule
{
    internal const string Id = "149-closing-higher-newer-governs";

    public override void Define()
    {
        IGrouping<OverlapKey, Entitlement> overlapping = default!;

        When()
            .Query(() => overlapping, q => q
                .Match<Entitlement>()
                .GroupBy(e => OverlapKey.Of(e))
                .Where(g => g.Count() > 1));

        Then()
            .Do(ctx => ctx.InsertAll(SetAside(overlapping)));
    }

    private static IEnumerable<Supersession> SetAside(IEnumerable<Entitlement> overlapping)
    {
        var governing = OverlapRanking.Highest(overlapping);
        return overlapping.Where(e => e.Id != governing.Id).Select(e => SetAside(e, governing)).ToArray();
    }

    private static Supersession SetAside(Entitlement superseded, Entitlement governing)
    {
        IReason why = governing.MinimumAmount != superseded.MinimumAmount
            ? new HigherAmount(governing.MinimumAmount, governing.Rate, governing.RuleId, superseded.MinimumAmount, superseded.Rate, superseded.RuleId)
            : governing.PolicyEffectiveFrom != superseded.PolicyEffectiveFrom
                ? new NewerPolicy(governing.MinimumAmount, governing.PackId, governing.PolicyEffectiveFrom, superseded.PackId, superseded.PolicyEffectiveFrom)
                : new SameDateTieBreak(governing.MinimumAmount, governing.Id);
        return new Supersession(Outcome.IdOf(Id, superseded.Id), Id, Clauses.HigherNewerNoDuplication, superseded.Id, governing.Id, why);
    }
}
