using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 从高从新不重复: where entitlements grant one beneficiary shares of the same income, the highest governs, the rest are set
/// aside and never added. It runs after every measure rule, so it sees every grant.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.HigherNewerNoDuplication)]
[Priority(Priorities.Resolution)]
internal sealed class HigherNewerGoverns : Rule
{
    internal const string Id = "149-closing-higher-newer-governs";

    public override void Define()
    {
        Entitlement entitlement = default!;
        IEnumerable<Entitlement> outranking = default!;

        When()
            .Match(() => entitlement)
            .Query(() => outranking, q => q
                .Match<Entitlement>(e => OverlapRanking.Overlap(e, entitlement), e => OverlapRanking.Outranks(e, entitlement))
                .Collect())
            .Having(() => outranking.Any());

        Then()
            .Do(ctx => ctx.Insert(SetAside(entitlement, OverlapRanking.Highest(outranking))));
    }

    private static Supersession SetAside(Entitlement superseded, Entitlement governing)
    {
        var why = governing.MinimumAmount != superseded.MinimumAmount
            ? $"higher amount: {Fen.Format(governing.MinimumAmount)} ({Rate.Format(governing.Rate)}, {governing.RuleId}) > {Fen.Format(superseded.MinimumAmount)} ({Rate.Format(superseded.Rate)}, {superseded.RuleId})"
            : governing.PolicyEffectiveFrom != superseded.PolicyEffectiveFrom
                ? $"equal amounts {Fen.Format(governing.MinimumAmount)}; newer policy: {governing.PackId} (from {governing.PolicyEffectiveFrom:yyyy-MM-dd}) over {superseded.PackId} (from {superseded.PolicyEffectiveFrom:yyyy-MM-dd})"
                : $"equal amounts {Fen.Format(governing.MinimumAmount)} under policies of the same date; {governing.Id} governs by rate and id";
        return new Supersession(
            Outcome.IdOf(Id, superseded.Id), Id, Clauses.HigherNewerNoDuplication, superseded.Id, governing.Id, "从高从新不重复: " + why);
    }
}
