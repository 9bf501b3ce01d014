using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
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
        IEnumerable<PolicyPack> packs = default!;
        IGrouping<OverlapKey, Entitlement> overlapping = default!;
        IReadOnlyList<SetAside> decided = default!;

        When()
            .Query(() => packs, q => q.Match<PolicyPack>().Collect())
            .Query(() => overlapping, q => q
                .Match<Entitlement>()
                .GroupBy(e => OverlapKey.Of(e))
                .Where(g => g.Count() > 1))
            .Let(() => decided, () => Decided(overlapping, packs))
            .Having(() => decided.Count > 0);

        Then()
            .Do(ctx => ctx.InsertAll(decided.Select(SetAside)));
    }

    private static IReadOnlyList<SetAside> Decided(IEnumerable<Entitlement> overlapping, IEnumerable<PolicyPack> packs) =>
        OverlapResolution.Resolve(overlapping, packs).Where(s => s.Principle == ResolutionPrinciple.BothFloors).ToArray();

    private static Supersession SetAside(SetAside decided) =>
        new(Outcome.IdOf(Id, decided.Superseded.Id), Id, Clauses.BothFloors, decided.Superseded.Id, decided.Governing.Id,
            "均为下限，达到较高者即达到较低者 (both are floors: meeting the higher meets the lower): " + Compared(decided));

    private static string Compared(SetAside decided) =>
        $"{Fen.Format(decided.Governing.MinimumAmount)} ({Rate.Format(decided.Governing.Rate)}, {decided.Governing.RuleId}) ≥ " +
        $"{Fen.Format(decided.Superseded.MinimumAmount)} ({Rate.Format(decided.Superseded.Rate)}, {decided.Superseded.RuleId})";
}
