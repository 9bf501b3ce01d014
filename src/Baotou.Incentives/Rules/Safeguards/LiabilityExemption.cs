using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
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
        return Outcome.Determination(Id, Clauses.Measure11, pack, "liability-exemption", review.Id, DeterminationStatus.Exempt, DeterminationStatus.NotExempt,
            new Condition("diligent", review.Diligent, review.Diligent ? $"{review.Reviewed} fulfilled the duty of diligence" : $"{review.Reviewed} did not fulfil the duty of diligence (勤勉尽职)"),
            new Condition("democratic-decision", review.DemocraticDecision, review.DemocraticDecision ? "the decision was made democratically" : "the decision was not made democratically (民主决策)"),
            new Condition("price-published", published, Published(published, needsAll, contract)),
            new Condition("no-illegal-gain", review.NoIllegalGain, review.NoIllegalGain ? "no illegal gain was sought" : "an illegal gain was sought (牟取非法利益)"),
            new Condition("scope-later-value-changes", true, Scope()));
    }

    private static string Published(bool published, bool needsAll, TechnologyContract contract) => (published, needsAll) switch
    {
        (true, true) => $"the name, summary and proposed price were published before contract {contract.Id} was signed",
        (true, false) => $"the proposed price was published before contract {contract.Id} was signed",
        (false, true) => $"the name, summary and proposed price were not all published before contract {contract.Id} was signed (按规定公示拟交易价格)",
        _ => $"the proposed price was not published as required before contract {contract.Id} was signed (按规定公示拟交易价格)",
    };

    private static string Scope() =>
        "only decision liability in pricing, self-decided asset valuation and empowerment arising from later changes in value (科技成果定价、自主决定资产评估以及成果赋权中因科技成果转化后续价值变化产生的相关决策责任)";
}
