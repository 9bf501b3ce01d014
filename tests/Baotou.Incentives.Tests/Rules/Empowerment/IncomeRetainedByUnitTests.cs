using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>
/// 149号·（三）: 职务科技成果转化所获得的收益，全部留归本单位，不上缴. The sentence states a consequence (依文件规定), not an encouragement
/// or a permission: the finding is 适用本条 with modality Provided.
/// </summary>
public sealed class IncomeRetainedByUnitTests
{
    private const string Rule = "149-3-income-retained";

    [Theory]
    [InlineData(UnitKind.University, TransformationMode.Transfer)]
    [InlineData(UnitKind.ResearchInstitute, TransformationMode.Transfer)]
    [InlineData(UnitKind.StateOwnedEnterprise, TransformationMode.Licence)]
    [InlineData(UnitKind.PublicInstitution, TransformationMode.Licence)]
    public void Each_responsible_unit_keeps_the_whole_income_of_each_contract(UnitKind kind, TransformationMode mode)
    {
        // 责任单位：……在包各高校、科研院所、国企、事业单位: 100% of the income stays with the unit.
        var decision = Cases.Unit(kind).WithMoneyContract(mode, 500_000m).Evaluate();

        var retained = decision.DeterminationsBy(Rule).Should().ContainSingle().Subject;
        retained.Status.Should().Be(DeterminationStatus.Applies, "全部留归本单位，不上缴 is what the text provides, not a permission");
        retained.Modality.Should().Be(Modality.Provided);
        retained.Conditions.Should().Equal(
            new Condition("unit-kind-in-scope", true, new UnitKindInScope("测试单位", kind, UnitsNamed.ResponsibleUnits)),
            new Condition("retained-by-unit", true, new IncomeRetained("C1", "测试单位", 1m)));
        decision.Trace.Single(t => t.RuleId == Rule).Parameters.Single().Parameter.Should().Be("149.3.income-retained-share");
    }

    [Fact]
    public void A_private_enterprise_is_outside_the_sentence_by_default_and_the_finding_says_so()
    {
        var retained = Cases.Unit(UnitKind.Other).WithMoneyContract(TransformationMode.Transfer, 500_000m).Evaluate().DeterminationsBy(Rule).Single();

        retained.Status.Should().Be(DeterminationStatus.NotCovered);
        retained.Conditions.Where(c => !c.Met).Select(c => c.Name).Should().Equal("unit-kind-in-scope", "retained-by-unit");
    }

    [Fact]
    public void Read_as_every_owning_unit_a_private_enterprise_keeps_it_too()
    {
        var pack = Baotou149.Pack.WithReadings(Baotou149.Readings with { IncomeRetention = IncomeRetentionScope.EveryOwningUnit });

        var decision = new IncentiveEngine([pack]).Evaluate(Cases.Unit(UnitKind.Other).WithMoneyContract(TransformationMode.Transfer, 500_000m).Build(), Cases.Evaluated);

        decision.DeterminationsBy(Rule).Single().Status.Should().Be(DeterminationStatus.Applies);
    }

    [Fact]
    public void A_contract_signed_before_149_took_effect_gets_no_such_finding()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 500_000m, signedOn: new LocalDate(2023, 12, 17)).Evaluate();

        decision.Fired(Rule).Should().BeFalse();
    }
}
