using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 以上各条款若与<b>我市其他政策措施</b>重复，则按从高从新不重复原则执行: where municipal measures grant one beneficiary shares of
/// the same income, the highest governs (on equal amounts the newer), the rest are set aside and never added. Inside 149号 the
/// same idea keeps the national-award 90% and （八）'s 80% of one transfer from being added; the reason says when both are of one
/// document. It reaches municipal measures only: a changed national or regional provision is <see cref="ChangedProvisionGoverns"/>'s,
/// and the law's floors are <see cref="HigherFloorGoverns"/>'s. It runs after every measure rule, so it sees every grant, and
/// fires once per group of overlapping entitlements.
/// </summary>
/// <remarks>
/// Entitlements are grouped by <see cref="OverlapKey"/> with the query's <c>GroupBy</c>, which keeps its groups by key. Comparing
/// each entitlement with every other through a join costs the square of their number (NRules joins have no hash index): a
/// self-implementation's profit years are an entitlement each, and a case with hundreds of them spent most of its time here.
/// </remarks>
[Name(Id)]
[PolicyClause(Clauses.HigherNewerNoDuplication)]
[Priority(Priorities.HigherNewer)]
internal sealed class HigherNewerGoverns : Rule
{
    internal const string Id = "149-closing-higher-newer-governs";

    public override void Define()
    {
        PacksApplied packs = default!;
        IGrouping<OverlapKey, Entitlement> overlapping = default!;
        IReadOnlyList<SetAside> decided = default!;

        When()
            .Match(() => packs)
            .Query(() => overlapping, q => q
                .Match<Entitlement>()
                .GroupBy(e => OverlapKey.Of(e))
                .Where(g => g.Count() > 1))
            .Let(() => decided, () => Decided(overlapping, packs))
            .Having(() => decided.Count > 0);

        Then()
            .Do(ctx => ctx.InsertAll(decided.Select(SetAside)));
    }

    private static IReadOnlyList<SetAside> Decided(IEnumerable<Entitlement> overlapping, PacksApplied packs) =>
        OverlapResolution.Resolve(overlapping, packs.Packs).Where(s => s.Principle == ResolutionPrinciple.HigherNewer).ToArray();

    private static Supersession SetAside(SetAside decided)
    {
        var (superseded, governing) = (decided.Superseded, decided.Governing);
        IReason why = governing.MinimumAmount != superseded.MinimumAmount
            ? new HigherAmount(governing.MinimumAmount, governing.Rate, governing.RuleId, superseded.MinimumAmount, superseded.Rate, superseded.RuleId)
            : governing.PolicyEffectiveFrom != superseded.PolicyEffectiveFrom
                ? new NewerPolicy(governing.MinimumAmount, governing.PackId, governing.PolicyEffectiveFrom, superseded.PackId, superseded.PolicyEffectiveFrom)
                : new SameDateTieBreak(governing.MinimumAmount, governing.Id);
        return new Supersession(Outcome.IdOf(Id, superseded.Id), Id, Clauses.HigherNewerNoDuplication, superseded.Id, governing.Id, why);
    }
}
