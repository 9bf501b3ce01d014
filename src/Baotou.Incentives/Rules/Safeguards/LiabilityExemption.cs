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
/// <remarks>
/// The exemption has a scope, and the finding states it as its last condition: only 科技成果定价、自主决定资产评估以及成果赋权中因
/// 科技成果转化后续价值变化产生的相关决策责任, never a general 免责. What the publication must contain is the pack's reading
/// (<see cref="PolicyReadings.ExemptionPublicity"/>): by default the proposed price, which is what （十一） names; name and
/// summary are （十）'s obligation and are checked there.
/// </remarks>
[Name(Id)]
[PolicyClause(Clauses.Measure11)]
[RuleSet(RuleSets.Baotou149)]
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
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(review, contract, publicity, pack)));
    }

    private static Determination Decide(LiabilityReview review, TechnologyContract contract, IEnumerable<TransactionPublicity> publicity, PolicyPack pack)
    {
        var needsAll = pack.Readings.ExemptionPublicity == ExemptionPublicityReading.NameSummaryAndPriceInTime;
        var published = publicity.Any(p => needsAll ? PublicationBeforeTransaction.PublishedInTime(p, contract) : PublicationBeforeTransaction.PriceInTime(p, contract));
        return Outcome.Determination(Id, Clauses.Measure11, pack, "liability-exemption", review.Id, DeterminationStatus.Exempt, DeterminationStatus.NotExempt, Modality.Provided,
            new Condition("diligent", review.Diligent, new Diligent(review.Reviewed)),
            new Condition("democratic-decision", review.DemocraticDecision, new DemocraticDecision()),
            new Condition("price-published", published, needsAll ? new FullPublicityAsRequired(contract.Id) : new PricePublishedAsRequired(contract.Id)),
            new Condition("no-illegal-gain", review.NoIllegalGain, new NoIllegalGain()),
            new Condition("scope-later-value-changes", true, new ExemptionScope()));
    }
}
