using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Safeguards;

/// <summary>
/// 149号·（十一）: 对……主要负责人和科技计划项目实施部门履行勤勉尽职义务，严格执行民主决策、按规定公示拟交易价格，在没有牟取非法利益的
/// 前提下，依法免除追究其……相关决策责任 — exempt only when all four hold.
/// </summary>
public sealed class LiabilityExemptionTests
{
    private const string Rule = "149-11-liability-exemption";

    private static Determination Decide(bool diligent = true, bool democratic = true, bool noGain = true, LocalDate? publishedOn = null, bool publicity = true)
    {
        var builder = Cases.University().WithMoneyContract(TransformationMode.Transfer, 800_000m)
            .LiabilityReview("L1", "C1", "主要负责人", diligent, democratic, noGain);
        if (publicity)
        {
            builder.Publicity("B1", "C1", PricingMethod.Auction, publishedOn ?? Cases.Signed.PlusDays(-20));
        }

        return builder.Evaluate().DeterminationsBy(Rule).Should().ContainSingle().Subject;
    }

    [Fact]
    public void Diligent_democratic_published_and_without_illegal_gain_is_exempt()
    {
        var decision = Decide();

        decision.Status.Should().Be(DeterminationStatus.Exempt);
        decision.Conditions.Select(c => c.Name).Should().Equal("diligent", "democratic-decision", "price-published", "no-illegal-gain", "scope-later-value-changes");
        decision.Conditions.Should().OnlyContain(c => c.Met);
    }

    [Fact]
    public void The_exemption_states_its_scope_whether_granted_or_refused()
    {
        // 依法免除追究其在科技成果定价、自主决定资产评估以及成果赋权中因科技成果转化后续价值变化产生的相关决策责任: never a general 免责.
        Decide().Conditions.Last().Should().Be(new Condition("scope-later-value-changes", true, new ExemptionScope()));
        Decide(diligent: false).Conditions.Last().Should().Be(new Condition("scope-later-value-changes", true, new ExemptionScope()));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void The_price_published_in_time_suffices_without_name_or_summary(bool name, bool summary)
    {
        // 按规定公示拟交易价格 names the price; name and summary are （十）'s obligation (PolicyReadings.ExemptionPublicity).
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 800_000m)
            .LiabilityReview("L1", "C1", "主要负责人", true, true, true)
            .Publicity("B1", "C1", PricingMethod.Auction, Cases.Signed.PlusDays(-1), name, summary, proposedPrice: true)
            .Evaluate().DeterminationsBy(Rule).Should().ContainSingle().Subject;

        decision.Status.Should().Be(DeterminationStatus.Exempt);
        decision.Conditions.Should().Contain(new Condition("price-published", true, new PricePublishedAsRequired("C1")));
    }

    [Fact]
    public void Read_as_needing_the_whole_publication_a_missing_summary_fails_the_price_condition()
    {
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { ExemptionPublicity = ExemptionPublicityReading.NameSummaryAndPriceInTime });
        var decision = new IncentiveEngine([pack]).Evaluate(Cases.University().WithMoneyContract(TransformationMode.Transfer, 800_000m)
            .LiabilityReview("L1", "C1", "主要负责人", true, true, true)
            .Publicity("B1", "C1", PricingMethod.Auction, Cases.Signed.PlusDays(-1), name: true, summary: false, proposedPrice: true)
            .Build(), Cases.Evaluated).DeterminationsBy(Rule).Should().ContainSingle().Subject;

        decision.Status.Should().Be(DeterminationStatus.NotExempt);
        decision.Conditions.Where(c => !c.Met).Should().Equal(new Condition("price-published", false, new FullPublicityAsRequired("C1")));
    }

    [Fact]
    public void A_price_not_published_fails_even_if_name_and_summary_were()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 800_000m)
            .LiabilityReview("L1", "C1", "主要负责人", true, true, true)
            .Publicity("B1", "C1", PricingMethod.Auction, Cases.Signed.PlusDays(-1), name: true, summary: true, proposedPrice: false)
            .Evaluate().DeterminationsBy(Rule).Should().ContainSingle().Subject;

        decision.Status.Should().Be(DeterminationStatus.NotExempt);
    }

    [Theory]
    [InlineData(false, true, true, "diligent")]
    [InlineData(true, false, true, "democratic-decision")]
    [InlineData(true, true, false, "no-illegal-gain")]
    public void Failing_any_one_finding_is_not_exempt_naming_it(bool diligent, bool democratic, bool noGain, string failed)
    {
        var decision = Decide(diligent, democratic, noGain);

        decision.Status.Should().Be(DeterminationStatus.NotExempt);
        decision.Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal(failed);
    }

    [Fact]
    public void A_price_published_only_on_the_day_of_signing_is_not_published_as_required()
    {
        var decision = Decide(publishedOn: Cases.Signed);

        decision.Status.Should().Be(DeterminationStatus.NotExempt);
        decision.Conditions[2].Should().Be(new Condition("price-published", false, new PricePublishedAsRequired("C1")));
    }

    [Fact]
    public void With_no_publicity_record_the_price_is_not_shown_published()
    {
        var decision = Decide(publicity: false);

        decision.Status.Should().Be(DeterminationStatus.NotExempt);
        decision.Conditions.Where(c => !c.Met).Should().Equal(new Condition("price-published", false, new PricePublishedAsRequired("C1")));
    }

    [Fact]
    public void Every_failed_condition_is_named_at_once()
    {
        var decision = Decide(diligent: false, democratic: false, noGain: false, publicity: false);

        decision.Conditions.Where(c => !c.Met).Select(c => c.Name)
            .Should().Equal("diligent", "democratic-decision", "price-published", "no-illegal-gain");
        decision.Conditions[0].Reason.Should().Be(new Diligent("主要负责人"));
        decision.Modality.Should().Be(Modality.Provided);
    }
}
