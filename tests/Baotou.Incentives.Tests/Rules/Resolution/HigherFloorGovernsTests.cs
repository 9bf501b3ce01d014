using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Resolution;

/// <summary>
/// 149号 and 《促进科技成果转化法》第四十五条 both set floors (不低于): meeting the higher meets the lower. The law is not one of
/// 我市其他政策措施, so the overlap is resolved under this principle, not 从高从新不重复.
/// </summary>
public sealed class HigherFloorGovernsTests
{
    private const string Rule = "149-floors-higher-governs";

    [Fact]
    public void The_law_and_149_on_one_equity_investment_the_higher_floor_governs_naming_both_floors()
    {
        // Equity 1,000,000.00: 149号·（八） 80% = 800,000.00 governs; 第四十五条（二） 50% = 500,000.00 is set aside.
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 0m)
            .EquityConversion("Q1", "C1", Cases.Signed, 1_000_000m, 0.2m)
            .EvaluateUnder(Packs.Both);

        var why = decision.Supersessions.Should().ContainSingle().Subject;
        why.RuleId.Should().Be(Rule);
        why.Clause.Should().Be("149号·第四十五条·均为下限");
        why.SupersededId.Should().Be("law2015-45-2-equity/C1");
        why.GoverningId.Should().Be("149-8-equity-share/C1");
        why.Reason.Should().Be(new BothFloorsHigherMeetsLower(800_000m, 0.80m, "149-8-equity-share", 500_000m, 0.50m, "law2015-45-2-equity"));
        decision.FindEntitlement("149-8-equity-share", "C1")!.MinimumAmount.Should().Be(800_000m);
    }

    [Fact]
    public void The_floors_compare_owed_with_owed_and_the_award_share_the_team_may_enjoy_stands_beside_them()
    {
        // Net 1,000,000.00: the owed floors are 149号's 80% = 800,000.00 and the law's 50% = 500,000.00; the higher governs and the
        // law's is set aside as the lower floor. The 90% = 900,000.00 is 可享有, a permission: it compares with no owed floor.
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).EvaluateUnder(Packs.Both);

        var setAside = decision.Supersessions.Should().ContainSingle().Subject;
        (setAside.SupersededId, setAside.GoverningId, setAside.RuleId).Should().Be(
            ("law2015-45-1-net-income/C1", "149-8-transfer-licence-net-income/C1", Rule));
        setAside.Reason.Should().Be(new BothFloorsHigherMeetsLower(800_000m, 0.80m, "149-8-transfer-licence-net-income", 500_000m, 0.50m, "law2015-45-1-net-income"));
        decision.Entitlements.Select(e => e.Id).Should().Contain(["149-8-national-award-transfer/C1", "149-8-transfer-licence-net-income/C1"]);
        decision.DeterminationsBy("149-8-may-enjoy-beside-owed-floor").Single().Conditions.Single().Reason
            .Should().Be(new MayEnjoyBeyondOwedFloor(900_000m, 0.90m, 800_000m, 0.80m, "149号·（八）"));
    }

    [Fact]
    public void With_one_grant_on_an_income_nothing_is_set_aside()
    {
        Cases.Unit(UnitKind.PublicInstitution).WithMoneyContract(TransformationMode.Transfer, 200_000m).EvaluateUnder(Packs.Both)
            .Fired(Rule).Should().BeFalse();
    }
}
