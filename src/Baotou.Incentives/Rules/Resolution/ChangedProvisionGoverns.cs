using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 期间国家、自治区相关政策发生变化的，从其规定: a national or autonomous-region provision that changes after 149号 is in force
/// governs the matter it changes, from its own date, whatever its number. Where the change (<see cref="PolicyPack.ChangedBy"/>)
/// and the pack it changes grant one beneficiary a share of the same income, the changed pack's grant is set aside naming
/// 从其规定, even when it is higher: 从其规定 is "follow it", not "take the higher". Before its date the change has no effect,
/// so nothing is set aside for an earlier event.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.ChangedNationalRegionalPolicy)]
[Priority(Priorities.ChangedProvision)]
internal sealed class ChangedProvisionGoverns : Rule
{
    internal const string Id = "149-closing-changed-provision-governs";

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
            .Do(ctx => ctx.InsertAll(decided.Select(d => SetAside(d, packs))));
    }

    private static IReadOnlyList<SetAside> Decided(IEnumerable<Entitlement> overlapping, PacksApplied packs) =>
        OverlapResolution.Resolve(overlapping, packs.Packs).Where(s => s.Principle == ResolutionPrinciple.ChangedProvision).ToArray();

    private static Supersession SetAside(SetAside decided, PacksApplied packs)
    {
        var (superseded, governing) = (decided.Superseded, decided.Governing);
        var changing = packs.Packs.Single(p => p.Id == governing.PackId);
        return new Supersession(
            Outcome.IdOf(Id, superseded.Id), Id, Clauses.ChangedNationalRegionalPolicy, superseded.Id, governing.Id,
            new ChangedProvisionFollowed(changing.Id, changing.Level, changing.EffectiveFrom, governing.MinimumAmount, governing.Rate,
                superseded.MinimumAmount, superseded.Rate, superseded.PackId));
    }
}
