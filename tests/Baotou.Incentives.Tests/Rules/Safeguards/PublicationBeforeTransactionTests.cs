using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Safeguards;

/// <summary>
/// 149号·（十）: 鼓励通过拍卖或自行协商等方式确定成果转化交易价格。通过单位内部网站公示科技成果名称、简介、拟交易价格等信息. The
/// transaction is the contract's signing on 2024-03-01; a publication must come on an earlier day.
/// </summary>
public sealed class PublicationBeforeTransactionTests
{
    private const string Rule = "149-10-publication";

    private static IncentiveDecision Published(LocalDate? on, bool name = true, bool summary = true, bool price = true, PricingMethod method = PricingMethod.Negotiation) =>
        Cases.University().WithMoneyContract(TransformationMode.Transfer, 800_000m)
            .Publicity("B1", "C1", method, on, name, summary, price).Evaluate();

    [Fact]
    public void Publishing_name_summary_and_price_the_day_before_signing_fulfils_the_obligation()
    {
        var decision = Published(Cases.Signed.PlusDays(-1));

        var obligation = decision.Obligations.Should().ContainSingle().Subject;
        obligation.Id.Should().Be("149-10-publication/C1#publicity");
        obligation.State.Should().Be(ObligationState.Fulfilled);
        decision.Determinations.Single(d => d.RuleId == Rule && d.Topic == "publicity-check").Status.Should().Be(DeterminationStatus.Compliant);
    }

    [Fact]
    public void Publishing_on_the_day_of_signing_is_not_before_it()
    {
        var decision = Published(Cases.Signed);

        decision.Obligations.Single().State.Should().Be(ObligationState.Breached);
        var publicity = decision.Determinations.Single(d => d.RuleId == Rule && d.Topic == "publicity-check");
        publicity.Status.Should().Be(DeterminationStatus.NotCompliant);
        publicity.Conditions[0].Should().Be(new Condition("published-before-transaction", false,
            new PublishedBeforeSigning("C1", new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 1))));
        publicity.Modality.Should().Be(Modality.Required);
    }

    [Fact]
    public void A_transaction_before_its_publication_is_flagged()
    {
        var decision = Published(Cases.Signed.PlusDays(5));

        decision.Obligations.Single().State.Should().Be(ObligationState.Breached);
        decision.Determinations.Single(d => d.RuleId == Rule && d.Topic == "publicity-check").Conditions.Where(c => !c.Met).Select(c => c.Name)
            .Should().Equal("published-before-transaction");
    }

    [Fact]
    public void Nothing_published_is_flagged()
    {
        var publicity = Published(null).Determinations.Single(d => d.RuleId == Rule && d.Topic == "publicity-check");

        publicity.Conditions[0].Reason.Should().Be(new NothingPublished("C1", new LocalDate(2024, 3, 1)));
    }

    [Theory]
    [InlineData(false, true, true, "name-published")]
    [InlineData(true, false, true, "summary-published")]
    [InlineData(true, true, false, "proposed-price-published")]
    public void A_publication_missing_one_of_the_three_items_is_flagged_naming_it(bool name, bool summary, bool price, string failed)
    {
        var decision = Published(Cases.Signed.PlusDays(-15), name, summary, price);

        decision.Obligations.Single().State.Should().Be(ObligationState.Breached);
        decision.Determinations.Single(d => d.RuleId == Rule && d.Topic == "publicity-check").Conditions.Where(c => !c.Met).Select(c => c.Name)
            .Should().Equal(failed);
    }

    [Theory]
    [InlineData(PricingMethod.Auction, true)]
    [InlineData(PricingMethod.Negotiation, true)]
    [InlineData(PricingMethod.Other, false)]
    public void Any_pricing_method_is_allowed_and_the_decision_says_whether_it_was_an_encouraged_one(PricingMethod method, bool encouraged)
    {
        var pricing = Published(Cases.Signed.PlusDays(-1), method: method).Determinations.Single(d => d.RuleId == Rule && d.Topic == "pricing");

        pricing.Status.Should().Be(DeterminationStatus.Compliant);
        pricing.Conditions.Single().Met.Should().Be(encouraged);
    }
}
