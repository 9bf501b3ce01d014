using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>149号·（三）: 职务科技成果转化所获得的收益，全部留归本单位，不上缴.</summary>
public sealed class IncomeRetainedByUnitTests
{
    private const string Rule = "149-3-income-retained";

    [Theory]
    [InlineData(UnitKind.University, TransformationMode.Transfer)]
    [InlineData(UnitKind.StateOwnedEnterprise, TransformationMode.Licence)]
    [InlineData(UnitKind.Other, TransformationMode.Transfer)]
    public void Every_unit_keeps_the_whole_income_of_each_contract(UnitKind kind, TransformationMode mode)
    {
        var decision = Cases.Unit(kind).WithMoneyContract(mode, 500_000m).Evaluate();

        var retained = decision.DeterminationsBy(Rule).Should().ContainSingle().Subject;
        retained.Status.Should().Be(DeterminationStatus.Permitted);
        retained.Modality.Should().Be(Modality.Encouraged);
        retained.Conditions.Should().Equal(new Condition("retained-by-unit", true, new IncomeRetained("C1", "测试单位", 1m)));
        decision.Trace.Single(t => t.RuleId == Rule).Parameters.Single().Parameter.Should().Be("149.3.income-retained-share");
    }

    [Fact]
    public void A_contract_signed_before_149_took_effect_gets_no_such_finding()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 500_000m, signedOn: new LocalDate(2023, 12, 17)).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
    }
}
