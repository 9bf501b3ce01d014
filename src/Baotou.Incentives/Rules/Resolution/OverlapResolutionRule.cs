using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// What the three resolution rules share: each groups the overlapping entitlements (one beneficiary, one income), reads the
/// grants its own principle sets aside from the group's resolution, worked out once for the three
/// (<see cref="OverlapResolutions"/>), and fires once per group that has any, each grant set aside superseded under the rule's
/// own id and clause. They differ only in the principle and in the reason a supersession gives, so each names its own rule
/// and clause in the trace.
/// </summary>
/// <remarks>
/// Entitlements are grouped by <see cref="OverlapKey"/> with the query's <c>GroupBy</c>, which keeps its groups by key. Comparing
/// each entitlement with every other through a join costs the square of their number (NRules joins have no hash index): a
/// self-implementation's profit years are an entitlement each, and a case with hundreds of them spent most of its time here.
/// </remarks>
internal abstract class OverlapResolutionRule(string ruleId, string clause, ResolutionPrinciple principle) : Rule
{
    public override void Define()
    {
        OverlapResolutions resolutions = default!;
        IGrouping<OverlapKey, Entitlement> overlapping = default!;
        IReadOnlyList<SetAside> decided = default!;
        // Captured as locals, so that the rule's definition (and the rule-set fingerprint read from it) names them rather
        // than this rule object.
        var id = ruleId;
        var citation = clause;
        var applied = principle;
        Func<Entitlement, Entitlement, IReadOnlyList<PolicyPack>, IReason> why = Why;

        When()
            .Match(() => resolutions)
            .Query(() => overlapping, q => q
                .Match<Entitlement>()
                .GroupBy(e => OverlapKey.Of(e))
                .Where(g => g.Count() > 1))
            .Let(() => decided, () => resolutions.Decided(overlapping, applied))
            .Having(() => decided.Count > 0);

        Then()
            .Do(ctx => ctx.InsertAll(decided.Select(d => new Supersession(
                Outcome.IdOf(id, d.Superseded.Id), id, citation, d.Superseded.Id, d.Governing.Id,
                why(d.Superseded, d.Governing, resolutions.Packs)))));
    }

    /// <summary>The reason this principle gives for setting <paramref name="superseded"/> aside, with the values it compared.</summary>
    private protected abstract IReason Why(Entitlement superseded, Entitlement governing, IReadOnlyList<PolicyPack> packs);
}
