using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Channels;

/// <summary>
/// 149号·（六）: 对获得财政科技经费支持的科技成果转化项目……对促成科技成果落地转化的科技特派员，按照其在成果转化中承担的职责任务享受与
/// 促进科技成果转化政策相对应的激励奖励.
/// </summary>
public sealed class CommissionerIncentiveTests
{
    private const string Rule = "149-6-commissioner";

    private static Determination Decide(bool funded, bool helped, CommissionerRole role = CommissionerRole.ApplicationAndTransformation) =>
        Cases.University().Commissioner("M1", "王特派员", "A1", role, funded, helped, Cases.Signed).Evaluate()
            .DeterminationsBy(Rule).Should().ContainSingle().Subject;

    [Theory]
    [InlineData(CommissionerRole.FeasibilityStudy)]
    [InlineData(CommissionerRole.ApplicationAndTransformation)]
    [InlineData(CommissionerRole.ImplementationManagement)]
    public void A_commissioner_on_a_funded_project_who_helped_it_land_is_eligible_per_role(CommissionerRole role)
    {
        var decision = Decide(funded: true, helped: true, role);

        decision.Status.Should().Be(DeterminationStatus.Eligible);
        decision.Modality.Should().Be(Modality.MayEnjoy, "享受与促进科技成果转化政策相对应的激励奖励");
        decision.Conditions.Last().Should().Be(new Condition("incentive-follows-role", true, new IncentiveFollowsRole(role)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_commissioner_who_helped_it_land_is_eligible_with_or_without_fiscal_funding(bool funded)
    {
        // 对促成科技成果落地转化的科技特派员……享受……激励奖励: the sentence names no funding; fiscal funds belong to the sentence on taking part.
        var decision = Decide(funded, helped: true);

        decision.Status.Should().Be(DeterminationStatus.Eligible);
        decision.Conditions.Select(c => (c.Name, c.Met)).Should().Equal(("helped-land-locally", true), ("incentive-follows-role", true));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_commissioner_who_did_not_help_it_land_is_not_eligible(bool funded)
    {
        var decision = Decide(funded, helped: false);

        decision.Status.Should().Be(DeterminationStatus.NotEligible);
        decision.Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal("helped-land-locally");
    }

    [Fact]
    public void The_reasons_name_the_commissioner_and_the_achievement()
    {
        Decide(funded: true, helped: false).Conditions[0].Should().Be(new Condition("helped-land-locally", false, new HelpedLandLocally("王特派员", "测试成果")));
    }
}
