using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Derived;

/// <summary>
/// An auditor reads the reasons, not just the amounts: each condition's name and detail, each basis's description and the
/// income a grant shares are part of the decision and are checked word for word.
/// </summary>
public sealed class ReasonsInWordsTests
{
    [Fact]
    public void Below_the_threshold_names_the_amounts_compared()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 1_999_999.99m).Evaluate();

        var below = decision.DeterminationsBy("149-7-below-threshold").Should().ContainSingle().Subject;
        below.Id.Should().Be("149-7-below-threshold/C1#major-project");
        below.Topic.Should().Be("major-project");
        below.Conditions.Should().Equal(new Condition("basis-at-least-threshold", false, "1,999,999.99 < 2,000,000.00 (money received under the contract (到账金额))"));
    }

    [Fact]
    public void At_the_threshold_the_grant_and_the_city_support_name_what_they_rest_on()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 2_000_000m).Evaluate();

        var incentive = decision.FindEntitlement("149-7-regional-incentive", "C1")!;
        incentive.IncomeKey.Should().Be("regional-incentive:C1");
        incentive.BasisDescription.Should().Be("money received under the contract (到账金额)");
        decision.DeterminationsBy("149-7-regional-incentive").Should().ContainSingle().Which.Conditions.Should().Equal(
            new Condition("basis-at-least-threshold", true, "2,000,000.00 ≥ 2,000,000.00"),
            new Condition("city-support-amount-set-by-text", false, "市本级给予适当资金支持: the text sets no amount"));
    }

    [Fact]
    public void The_teams_share_names_the_net_income_of_the_contract()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 300_000m).Evaluate();

        var share = decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!;
        share.IncomeKey.Should().Be("net-income:C1");
        share.BasisDescription.Should().Be("net income of the licence under contract C1");
    }

    [Fact]
    public void The_national_award_share_names_the_award()
    {
        var decision = Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 300_000m).Evaluate();

        var share = decision.FindEntitlement("149-8-national-award-transfer", "C1")!;
        share.IncomeKey.Should().Be("net-income:C1");
        share.BasisDescription.Should().Be("net income of the transfer under contract C1 (national S&T award achievement)");
    }

    [Theory]
    [InlineData(TransformationIncomeBasis.NetIncome, 900_000, "net transformation income received under contract C1, undertaken by 技术转移中心")]
    [InlineData(TransformationIncomeBasis.GrossIncome, 1_000_000, "gross transformation income received under contract C1, undertaken by 技术转移中心")]
    public void The_transfer_office_reward_names_the_income_it_is_computed_on(TransformationIncomeBasis basis, int expectedBasis, string description)
    {
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { TransferOfficeRewardBasis = basis });
        var decision = new IncentiveEngine([pack]).Evaluate(
            Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, deducted: 100_000m).TransferOffice("T1", "C1", "技术转移中心").Build(),
            Cases.Evaluated);

        var reward = decision.Entitlements.Single(e => e.RuleId == "149-5-transfer-office-staff-reward");
        reward.IncomeKey.Should().Be("transfer-office:C1");
        reward.Basis.Should().Be(expectedBasis);
        reward.BasisDescription.Should().Be(description);
    }

    [Theory]
    [InlineData(true, false, "测试单位 has its own income distribution rule", "no contract fixes the rewards")]
    [InlineData(false, true, "测试单位 has no income distribution rule", "a contract fixes the rewards")]
    [InlineData(true, true, "测试单位 has its own income distribution rule", "a contract fixes the rewards")]
    public void Unit_terms_governing_say_which_terms_the_unit_has(bool ownRule, bool agreement, string ruleDetail, string agreementDetail)
    {
        var decision = Cases.Unit(UnitKind.University, ownRule, agreement).WithMoneyContract(TransformationMode.Transfer, 100_000m).Evaluate();

        var governs = decision.DeterminationsBy("149-8-unit-terms-govern").Should().ContainSingle().Subject;
        governs.Id.Should().Be("149-8-unit-terms-govern/A1#default-rewards");
        governs.Conditions.Should().Equal(
            new Condition("unit-has-no-distribution-rule", !ownRule, ruleDetail),
            new Condition("no-contract-fixes-rewards", !agreement, agreementDetail));
    }

    [Fact]
    public void A_payment_on_the_evaluation_date_counts_and_is_matched_once()
    {
        var decision = Cases.University()
            .Contract("C1", "A1", TransformationMode.Licence, Cases.Signed, 10m)
            .Payment("P1", "C1", Cases.Evaluated, 7m)
            .Evaluate();

        decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.Basis.Should().Be(7m);
        decision.Trace.First().MatchedFacts.Select(f => f.Id).Should().Equal("evaluation-date", "C1", "P1");
    }
}
