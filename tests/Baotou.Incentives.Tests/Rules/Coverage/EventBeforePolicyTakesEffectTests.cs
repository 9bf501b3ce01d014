using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Coverage;

/// <summary>
/// 本措施自发布之日起 30 日后施行: published (印发) 2023-11-17, 30 days counted from the next day end 2023-12-17, so events from
/// 2023-12-18 are covered.
/// </summary>
public sealed class EventBeforePolicyTakesEffectTests
{
    [Fact]
    public void A_contract_signed_the_day_before_is_not_covered_and_nothing_is_granted()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 3_000_000m, signedOn: new LocalDate(2023, 12, 17)).Evaluate();

        decision.Entitlements.Should().BeEmpty();
        var notCovered = decision.DeterminationsBy("149-commencement-not-covered").Should().ContainSingle().Subject;
        notCovered.Status.Should().Be(DeterminationStatus.NotCovered);
        notCovered.SubjectFactId.Should().Be("C1");
        notCovered.Modality.Should().Be(Modality.Provided, "本措施自发布之日起 30 日后施行");
        notCovered.Conditions[0].Reason.Should().Be(
            new EventOnOrAfterEffectiveDate(nameof(TechnologyContract), new LocalDate(2023, 12, 17), "baotou-2023-149", new LocalDate(2023, 12, 18)));
    }

    [Fact]
    public void A_contract_signed_on_the_effective_date_is_covered()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 3_000_000m, signedOn: new LocalDate(2023, 12, 18)).Evaluate();

        decision.Fired("149-commencement-not-covered").Should().BeFalse();
        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.MinimumAmount.Should().Be(2_400_000m);
    }

    [Fact]
    public void Production_and_surplus_decisions_are_dated_events_too()
    {
        var decision = Cases.University()
            .SelfImplementation("S1", "A1", new LocalDate(2023, 6, 1))
            .OperatingProfit("Y1", "S1", 2024, 1_000_000m)
            .CommissionedSurplus("H1", "U1", "横向项目", new LocalDate(2023, 12, 1), 100_000m, SurplusUse.InvestedInTransformation)
            .Evaluate();

        decision.Entitlements.Should().BeEmpty();
        decision.DeterminationsBy("149-commencement-not-covered").Select(d => d.SubjectFactId).Should().Equal("S1", "H1");
    }
}
