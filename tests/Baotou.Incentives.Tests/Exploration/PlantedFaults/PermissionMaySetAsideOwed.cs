using Baotou.Incentives.Rules;
using Baotou.Incentives.Rules.Resolution;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Tests.Exploration.PlantedFaults;

/// <summary>
/// Planted fault: 从高从新不重复 applied across forces. The library's rule compares only grants of one force; this one ranks every
/// grant of one beneficiary and income together, so （八）'s 90% the team may enjoy (可享有) sets aside the 80% the unit owes.
/// </summary>
[Name(HigherNewerGoverns.Id)]
[PolicyClause(Clauses.HigherNewerNoDuplication)]
[Priority(Priorities.HigherNewer)]
internal sealed class PermissionMaySetAsideOwed : Rule
{
    public override void Define()
    {
        PacksApplied packs = default!;
        IGrouping<OverlapKey, Entitlement> overlapping = default!;
        IReadOnlyList<Supersession> decided = default!;

        When()
            .Match(() => packs)
            .Query(() => overlapping, q => q
                .Match<Entitlement>()
                .GroupBy(e => OverlapKey.Of(e))
                .Where(g => g.Count() > 1))
            .Let(() => decided, () => SetAside(overlapping))
            .Having(() => decided.Count > 0);

        Then()
            .Do(ctx => ctx.InsertAll(decided));
    }

    private static IReadOnlyList<Supersession> SetAside(IEnumerable<Entitlement> overlapping)
    {
        var highest = OverlapRanking.Highest(overlapping);
        return overlapping.Where(e => e != highest).Select(e => new Supersession(Outcome.IdOf(HigherNewerGoverns.Id, e.Id), HigherNewerGoverns.Id,
            Clauses.HigherNewerNoDuplication, e.Id, highest.Id, new HigherAmount(highest.MinimumAmount, highest.Rate, highest.RuleId, e.MinimumAmount, e.Rate, e.RuleId)))
            .ToArray();
    }
}
