using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Channels;

/// <summary>
/// 149号·（四）: 聚焦“两个稀土基地”“世界绿色硅都”……5 个重点战新产业发展及传统产业高端化、智能化、绿色化改造升级……建设一批
/// 面向社会开放的……中试平台，按照相关规定予以支持 — eligible when named and open; the support has no amount.
/// </summary>
public sealed class PilotPlatformSupportTests
{
    private const string Rule = "149-4-pilot-platform";

    private static Determination Decide(PilotFocusArea area, bool open, LocalDate? established = null) =>
        Cases.University().PilotPlatform("F1", "稀土中试平台", area, open, established ?? Cases.Signed).Evaluate()
            .DeterminationsBy(Rule).Should().ContainSingle().Subject;

    [Theory]
    [InlineData(PilotFocusArea.RareEarthBases)]
    [InlineData(PilotFocusArea.GreenSiliconCapital)]
    [InlineData(PilotFocusArea.OnshoreWindEquipment)]
    [InlineData(PilotFocusArea.AdvancedMetalMaterials)]
    [InlineData(PilotFocusArea.CarbonFibreAndPolymerMaterials)]
    [InlineData(PilotFocusArea.NewEnergyHeavyTrucks)]
    [InlineData(PilotFocusArea.HydrogenAndEnergyStorage)]
    [InlineData(PilotFocusArea.TraditionalIndustryUpgrading)]
    public void A_platform_open_to_the_public_in_a_named_area_is_supported_under_the_relevant_provisions(PilotFocusArea area)
    {
        var decision = Decide(area, open: true);

        decision.Status.Should().Be(DeterminationStatus.Eligible);
        decision.Modality.Should().Be(Modality.UnderRelevantProvisions, "按照相关规定予以支持: other provisions set the amount, not this text's discretion");
        decision.Conditions.Select(c => (c.Name, c.Met)).Should().Equal(("focus-area-named", true), ("open-to-public", true));
        decision.Conditions[0].Reason.Should().Be(new FocusAreaNamed("稀土中试平台", area));
    }

    [Fact]
    public void A_platform_outside_the_named_areas_is_not_eligible()
    {
        var decision = Decide(PilotFocusArea.Other, open: true);

        decision.Status.Should().Be(DeterminationStatus.NotEligible);
        decision.Conditions[0].Met.Should().BeFalse();
    }

    [Fact]
    public void A_platform_closed_to_the_public_is_not_eligible()
    {
        var decision = Decide(PilotFocusArea.RareEarthBases, open: false);

        decision.Status.Should().Be(DeterminationStatus.NotEligible);
        decision.Conditions[1].Should().Be(new Condition("open-to-public", false, new OpenToPublic()));
    }

    [Fact]
    public void A_platform_established_before_149_took_effect_is_not_covered()
    {
        var decision = Cases.University().PilotPlatform("F1", "平台", PilotFocusArea.RareEarthBases, true, new LocalDate(2023, 12, 17)).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.DeterminationsBy("149-commencement-not-covered").Single().Conditions.Single().Reason
            .Should().Be(new EventOnOrAfterEffectiveDate(nameof(PilotPlatform), new LocalDate(2023, 12, 17), "baotou-2023-149", new LocalDate(2023, 12, 18)));
    }
}
