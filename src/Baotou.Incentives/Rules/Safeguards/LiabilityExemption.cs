using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Safeguards;

/// <summary>
/// （十一）: the unit's principal officers and the project department are exempt from decision liability for later changes in
/// the achievement's value only when all four hold: diligence (勤勉尽职), democratic decision (民主决策), the proposed price
/// published as required (按规定公示拟交易价格, read from the contract's （十） publicity) and no illegal gain (没有牟取非法利益).
/// Otherwise they are not exempt, and each failed condition is named.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure11)]
internal sealed class LiabilityExemption : Rule
{
    internal const string Id = "149-11-liability-exemption";

    public override void Define()
    {
        LiabilityReview review = default!;
        TechnologyContract contract = default!;
        IEnumerable<TransactionPublicity> publicity = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => review)
            .Match(() => contract, c => c.Id == review.ContractId)
            .Query(() => publicity, q => q.Match<TransactionPublicity>(p => p.ContractId == review.ContractId).Collect())
            .Match(() => pack, p => p.RuleSet == RuleSets.Baotou149, p => p.IsInForceOn(contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(review, contract, publicity, pack)));
    }

    private static Determination Decide(LiabilityReview review, TechnologyContract contract, IEnumerable<TransactionPublicity> publicity, PolicyPack pack)
    {
        var published = publicity.Any(p => PublicationBeforeTransaction.PublishedInTime(p, contract));
        return Outcome.Determination(Id, Clauses.Measure11, pack, "liability-exemption", review.Id, DeterminationStatus.Exempt, DeterminationStatus.NotExempt, Modality.Provided,
            new Condition("diligent", review.Diligent, new Diligent(review.Reviewed)),
            new Condition("democratic-decision", review.DemocraticDecision, new DemocraticDecision()),
            new Condition("price-published", published, new PricePublishedAsRequired(contract.Id)),
            new Condition("no-illegal-gain", review.NoIllegalGain, new NoIllegalGain()));
    }
}
