using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Safeguards;

/// <summary>
/// （十）: before the transaction the unit publishes the achievement's name, summary and proposed price on its internal
/// website (公示……拟交易价格). The transaction is the contract's signing. A publication on the day of signing is read as not
/// before it: a price published as 拟 (proposed) must precede the deal, and a date alone cannot show it did on that day.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure10)]
internal sealed class PublicationBeforeTransaction : Rule
{
    internal const string Id = "149-10-publication";

    public override void Define()
    {
        TransactionPublicity publicity = default!;
        TechnologyContract contract = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => publicity)
            .Match(() => contract, c => c.Id == publicity.ContractId)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Require(publicity, contract, pack)))
            .Do(ctx => ctx.Insert(Decide(publicity, contract, pack)))
            .Do(ctx => ctx.Insert(Pricing(publicity, contract, pack)));
    }

    internal static bool PublishedInTime(TransactionPublicity publicity, TechnologyContract contract) =>
        publicity.PublishedOn is { } published && published < contract.SignedOn
        && publicity.NamePublished && publicity.SummaryPublished && publicity.ProposedPricePublished;

    /// <summary>The proposed price was published on a day before the contract was signed: what （十一）'s 按规定公示拟交易价格 names.</summary>
    internal static bool PriceInTime(TransactionPublicity publicity, TechnologyContract contract) =>
        publicity.PublishedOn is { } published && published < contract.SignedOn && publicity.ProposedPricePublished;

    private static Obligation Require(TransactionPublicity publicity, TechnologyContract contract, PolicyPack pack) =>
        Outcome.Obligation(Id, Clauses.Measure10, pack, "publicity", contract.Id,
            $"publish the achievement's name, summary and proposed price on the unit's internal website before contract {contract.Id} is signed on {contract.SignedOn:yyyy-MM-dd}",
            PublishedInTime(publicity, contract) ? ObligationState.Fulfilled : ObligationState.Breached);

    private static Determination Decide(TransactionPublicity publicity, TechnologyContract contract, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure10, pack, "publicity-check", contract.Id, DeterminationStatus.Compliant, DeterminationStatus.NotCompliant,
            new Condition("published-before-transaction", publicity.PublishedOn is { } on && on < contract.SignedOn,
                publicity.PublishedOn is { } date
                    ? $"published {date:yyyy-MM-dd}, contract signed {contract.SignedOn:yyyy-MM-dd}"
                    : $"nothing was published before contract {contract.Id} was signed on {contract.SignedOn:yyyy-MM-dd}"),
            new Condition("name-published", publicity.NamePublished, publicity.NamePublished ? "the name was published" : "the name was not published (科技成果名称)"),
            new Condition("summary-published", publicity.SummaryPublished, publicity.SummaryPublished ? "a summary was published" : "no summary was published (简介)"),
            new Condition("proposed-price-published", publicity.ProposedPricePublished,
                publicity.ProposedPricePublished ? "the proposed price was published" : "the proposed price was not published (拟交易价格)"));

    /// <summary>The measure encourages auction or negotiation (鼓励通过拍卖或自行协商等方式) and, by 等, allows other methods: any is compliant, and the decision says whether it was an encouraged one.</summary>
    private static Determination Pricing(TransactionPublicity publicity, TechnologyContract contract, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure10, pack, "pricing", contract.Id, DeterminationStatus.Compliant,
            new Condition("priced-by-auction-or-negotiation", publicity.Method != PricingMethod.Other,
                publicity.Method != PricingMethod.Other
                    ? $"priced by {publicity.Method}, as the measure encourages"
                    : "priced by another method, which the measure allows (等方式) though it encourages auction or negotiation"));
}
