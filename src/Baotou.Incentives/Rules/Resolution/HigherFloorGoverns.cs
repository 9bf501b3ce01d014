using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 149号 and 《促进科技成果转化法》第四十五条 both set floors (不低于): meeting the higher floor meets the lower, so where they grant
/// one beneficiary shares of the same income the higher governs and the lower is set aside, never added. The law is not one of
/// 我市其他政策措施, so this is its own principle, not 从高从新不重复; the reason says so.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.BothFloors)]
[Priority(Priorities.BothFloors)]
internal sealed class HigherFloorGoverns : Rule
{
    internal const string Id = "149-floors-higher-governs";

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
        OverlapResolution.Resolve(overlapping, packs.Packs).Where(s => s.Principle == ResolutionPrinciple.BothFloors).ToArray();

    private static Supersession SetAside(SetAside decided)
    {
        var (superseded, governing) = (decided.Superseded, decided.Governing);
        return new Supersession(Outcome.IdOf(Id, superseded.Id), Id, Clauses.BothFloors, superseded.Id, governing.Id,
            new BothFloorsHigherMeetsLower(governing.MinimumAmount, governing.Rate, governing.RuleId, superseded.MinimumAmount, superseded.Rate, superseded.RuleId));
    }
}
