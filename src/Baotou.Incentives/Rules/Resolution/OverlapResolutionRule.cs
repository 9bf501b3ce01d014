using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// What the three resolution rules share: each groups the overlapping entitlements (one beneficiary, one income), reads the
/// grants its own principle sets aside from the group's resolution, worked out once for the three
/// (<see cref="OverlapResolutions"/>), and fires once per group that has any. They
/// differ only in the principle and in the reason a supersession gives, so each names its own rule and clause in the trace.
/// </summary>
/// <remarks>
/// Entitlements are grouped by <see cref="OverlapKey"/> with the query's <c>GroupBy</c>, which keeps its groups by key. Comparing
/// each entitlement with every other through a join costs the square of their number (NRules joins have no hash index): a
/// self-implementation's profit years are an entitlement each, and a case with hundreds of them spent most of its time here.
/// </remarks>
internal abstract class OverlapResolutionRule : Rule
{
    /// <summary>The principle this rule applies.</summary>
    private protected abstract ResolutionPrinciple Principle { get; }

    public override void Define()
    {
        OverlapResolutions resolutions = default!;
        IGrouping<OverlapKey, Entitlement> overlapping = default!;
        IReadOnlyList<SetAside> decided = default!;
        // Captured as locals, so that the rule's definition (and the rule-set fingerprint read from it) names them rather
        // than this rule object.
        var principle = Principle;
        Func<SetAside, IReadOnlyList<PolicyPack>, Supersession> setAside = SetAside;

        When()
            .Match(() => resolutions)
            .Query(() => overlapping, q => q
                .Match<Entitlement>()
                .GroupBy(e => OverlapKey.Of(e))
                .Where(g => g.Count() > 1))
            .Let(() => decided, () => resolutions.Decided(overlapping, principle))
            .Having(() => decided.Count > 0);

        Then()
            .Do(ctx => ctx.InsertAll(decided.Select(d => setAside(d, resolutions.Packs))));
    }

    /// <summary>The supersession, with the reason this principle gives and the values it compared.</summary>
    private protected abstract Supersession SetAside(SetAside decided, IReadOnlyList<PolicyPack> packs);
}
