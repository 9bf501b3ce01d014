using Baotou.Incentives.Explanations;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Channels;

/// <summary>
/// 149号·（五）, second sentence: 支持引进知名高校院所或国内头部的技术转移服务机构在促成科技成果转化过程中积极开展……服务，对取得成效的技术转移
/// 服务机构，按照相关规定予以支持. Support under other provisions, no amount in this text, and not this text's discretion.
/// </summary>
public sealed class TransferServiceAgencySupportTests
{
    private const string Rule = "149-5-service-agency-support";

    private static Determination Decide(bool achievedResults, LocalDate? engagedOn = null) =>
        Cases.University().ServiceAgency("G1", "某技术转移服务中心", "A1", achievedResults, engagedOn ?? Cases.Signed).Evaluate()
            .DeterminationsBy(Rule).Should().ContainSingle().Subject;

    [Fact]
    public void An_agency_that_achieved_results_is_supported_under_the_relevant_provisions_with_no_amount_in_this_text()
    {
        var decision = Decide(achievedResults: true);

        decision.Id.Should().Be("149-5-service-agency-support/G1#service-agency-support");
        decision.Clause.Should().Be("149号·（五）");
        decision.Status.Should().Be(DeterminationStatus.Eligible);
        decision.Modality.Should().Be(Modality.UnderRelevantProvisions, "按照相关规定予以支持: other provisions decide, this text sets no amount");
        decision.Conditions.Should().Equal(new Condition("achieved-results", true, new AgencyAchievedResults("某技术转移服务中心")));
    }

    [Fact]
    public void An_agency_that_has_not_yet_achieved_results_is_not_eligible_naming_the_condition()
    {
        // 对取得成效的技术转移服务机构: the support follows results.
        var decision = Decide(achievedResults: false);

        decision.Status.Should().Be(DeterminationStatus.NotEligible);
        decision.Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal("achieved-results");
    }

    [Fact]
    public void An_agency_engaged_before_149_took_effect_is_not_covered()
    {
        var decision = Cases.University().ServiceAgency("G1", "某技术转移服务中心", "A1", true, new LocalDate(2023, 12, 17)).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
        decision.DeterminationsBy("149-commencement-not-covered").Should().ContainSingle().Which.SubjectFactId.Should().Be("G1");
    }

    [Fact]
    public void The_modality_reads_supported_under_the_relevant_provisions_in_both_languages()
    {
        Catalog.Chinese.Modality(Modality.UnderRelevantProvisions).Should().Be("按照相关规定予以支持（本文件未定金额）");
        Catalog.English.Modality(Modality.UnderRelevantProvisions).Should().Be("supported under the relevant provisions (no amount in this text)");
    }
}
