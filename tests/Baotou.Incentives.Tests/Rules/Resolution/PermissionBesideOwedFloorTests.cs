using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Resolution;

/// <summary>
/// The verb decides the meaning, in overlaps too: （八）成果完成团队<b>可享有</b>该成果转让 90%以上收益 is a permission; 按…不低于 80% 的比例…
/// 给予奖励和报酬 and 第四十五条's 不低于 are owed floors. A permission never sets an owed floor aside: both stand, each with its
/// verb, linked by one finding that names the owed floor that governs, and no sum adds them.
/// </summary>
public sealed class PermissionBesideOwedFloorTests
{
    private const string Rule = "149-8-may-enjoy-beside-owed-floor";

    [Fact]
    public void The_permission_is_linked_to_the_owed_floor_that_governs_after_the_floors_are_resolved()
    {
        // Net 2,000,000.00 under both packs: owed 80% = 1,600,000.00 governs over the law's 50% = 1,000,000.00 (both are floors);
        // the 90% = 1,800,000.00 the team may enjoy is linked to the 1,600,000.00, not to the floor set aside.
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 2_000_000m).EvaluateUnder(Packs.Both);

        var link = decision.DeterminationsBy(Rule).Should().ContainSingle().Subject;
        link.Conditions.Single().Reason.Should().Be(new MayEnjoyBeyondOwedFloor(1_800_000m, 0.90m, 1_600_000m, 0.80m, "149号·（八）"));
        decision.Supersessions.Should().ContainSingle().Which.SupersededId.Should().Be("law2015-45-1-net-income/C1");
    }

    [Fact]
    public void A_licence_has_no_award_share_so_nothing_is_linked()
    {
        Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Licence, 2_000_000m).Evaluate().Fired(Rule).Should().BeFalse();
    }

    [Fact]
    public void With_its_own_rule_and_no_state_establishment_the_award_share_stands_alone_with_nothing_to_link()
    {
        // The unit's rule governs the defaults: no owed floor is computed, so the 90% = 1,800,000.00 is the only grant on the income.
        var decision = Cases.University(ownRule: true, nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 2_000_000m).EvaluateUnder(Packs.Both);

        decision.Fired(Rule).Should().BeFalse();
        decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Should().ContainSingle().Which.Modality.Should().Be(Modality.MayEnjoy);
    }
}
