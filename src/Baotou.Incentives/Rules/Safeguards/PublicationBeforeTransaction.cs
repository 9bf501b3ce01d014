using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
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
[RuleSet(RuleSets.Baotou149)]
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
        PriceInTime(publicity, contract) && publicity.NamePublished && publicity.SummaryPublished;

    /// <summary>The proposed price was published on a day before the contract was signed: what （十一）'s 按规定公示拟交易价格 names.</summary>
    internal static bool PriceInTime(TransactionPublicity publicity, TechnologyContract contract) =>
        publicity.PublishedOn is { } published && published < contract.SignedOn && publicity.ProposedPricePublished;

    private static Obligation Require(TransactionPublicity publicity, TechnologyContract contract, PolicyPack pack) =>
        Outcome.Obligation(Id, Clauses.Measure10, pack, "publicity", contract.Id, new PublishBeforeSigning(contract.Id, contract.SignedOn),
            PublishedInTime(publicity, contract) ? ObligationState.Fulfilled : ObligationState.Breached);

    private static Determination Decide(TransactionPublicity publicity, TechnologyContract contract, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure10, pack, "publicity-check", contract.Id, DeterminationStatus.Compliant, DeterminationStatus.NotCompliant, Modality.Required,
            new Condition("published-before-transaction", publicity.PublishedOn is { } on && on < contract.SignedOn, publicity.PublishedOn is { } date
                ? new PublishedBeforeSigning(contract.Id, date, contract.SignedOn)
                : new NothingPublished(contract.Id, contract.SignedOn)),
            new Condition("name-published", publicity.NamePublished, new NamePublished()),
            new Condition("summary-published", publicity.SummaryPublished, new SummaryPublished()),
            new Condition("proposed-price-published", publicity.ProposedPricePublished, new ProposedPricePublished()));

    /// <summary>The measure encourages auction or negotiation (鼓励通过拍卖或自行协商等方式) and, by 等, allows other methods: any is compliant, and the decision says whether it was an encouraged one.</summary>
    private static Determination Pricing(TransactionPublicity publicity, TechnologyContract contract, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure10, pack, "pricing", contract.Id, DeterminationStatus.Compliant, Modality.Encouraged,
            new Condition("priced-by-auction-or-negotiation", publicity.Method != PricingMethod.Other, new EncouragedPricingMethod(publicity.Method)));
}
