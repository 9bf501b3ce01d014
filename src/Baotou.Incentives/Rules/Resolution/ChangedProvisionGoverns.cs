using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
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
            .Do(ctx => ctx.InsertAll(decided.Select(d => SetAside(d, packs))));
    }

    private static IReadOnlyList<SetAside> Decided(IEnumerable<Entitlement> overlapping, IEnumerable<PolicyPack> packs) =>
        OverlapResolution.Resolve(overlapping, packs).Where(s => s.Principle == ResolutionPrinciple.ChangedProvision).ToArray();

    private static Supersession SetAside(SetAside decided, IEnumerable<PolicyPack> packs)
    {
        var changing = packs.Single(p => p.Id == decided.Governing.PackId);
        return new Supersession(
            Outcome.IdOf(Id, decided.Superseded.Id), Id, Clauses.ChangedNationalRegionalPolicy, decided.Superseded.Id, decided.Governing.Id,
            "从其规定: " + Follows(decided, changing));
    }

    private static string Follows(SetAside decided, PolicyPack changing) =>
        $"{changing.DocumentNumber} ({changing.Level}) changes this matter from {changing.EffectiveFrom:yyyy-MM-dd}: " +
        $"{Fen.Format(decided.Governing.MinimumAmount)} ({Rate.Format(decided.Governing.Rate)}, {decided.Governing.PackId}) governs over " +
        $"{Fen.Format(decided.Superseded.MinimumAmount)} ({Rate.Format(decided.Superseded.Rate)}, {decided.Superseded.PackId}), whichever is higher";
}
