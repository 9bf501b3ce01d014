using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Distribution;

/// <summary>
/// 149号·（九）, first sentence: 高校、科研院所接受企业、其他社会组织委托的横向科研项目经费，按成果转化收入进行管理，项目绩效经费纳入绩效工资管理，
/// 不受核定的绩效总量限制. Both are consequences the text states of the project's funds and its performance funds (依文件规定); a
/// surplus paid out as performance pay is another sentence (比例自行约定), which says nothing of the approved total.
/// </summary>
public sealed class CommissionedFundsManagedAsTransformationIncomeTests
{
    private const string Rule = "149-9-commissioned-funds";

    [Theory]
    [InlineData(UnitKind.University, SurplusUse.PerformancePay)]
    [InlineData(UnitKind.ResearchInstitute, SurplusUse.InvestedInTransformation)]
    public void A_commissioned_projects_funds_are_managed_as_transformation_income_and_its_performance_funds_outside_the_total(UnitKind kind, SurplusUse use)
    {
        var decision = Cases.Unit(kind).CommissionedSurplus("H1", "U1", "稀土抛光粉工艺委托开发", new LocalDate(2024, 7, 1), 100_000m, use).Evaluate()
            .DeterminationsBy(Rule).Should().ContainSingle().Subject;

        decision.Id.Should().Be("149-9-commissioned-funds/H1#commissioned-funds");
        decision.Status.Should().Be(DeterminationStatus.Applies);
        decision.Modality.Should().Be(Modality.Provided, "按成果转化收入进行管理 and 不受核定的绩效总量限制 are what the text provides");
        decision.Conditions.Should().Equal(
            new Condition("managed-as-transformation-income", true, new ManagedAsTransformationIncome("稀土抛光粉工艺委托开发")),
            new Condition("performance-funds-outside-approved-total", true, new OutsidePerformancePayTotal()));
    }

    [Fact]
    public void A_surplus_paid_as_performance_pay_is_not_said_to_be_outside_the_approved_total()
    {
        // 横向委托项目结余经费可用于绩效发放，比例自行约定: the ratio is agreed; 不受核定的绩效总量限制 is said of 项目绩效经费, not of this.
        var pay = Cases.University().CommissionedSurplus("H2", "U1", "风电叶片检测委托", new LocalDate(2024, 7, 1), 50_000m, SurplusUse.PerformancePay).Evaluate()
            .DeterminationsBy("149-9-surplus-performance-pay").Single();

        pay.Conditions.Should().Equal(new Condition("ratio-agreed-by-parties", true, new SurplusRatioAgreed("风电叶片检测委托")));
        pay.Conditions.Select(c => c.Reason).Should().NotContain(new OutsidePerformancePayTotal());
    }

    [Fact]
    public void Another_units_commissioned_funds_are_outside_the_sentence()
    {
        Cases.Unit(UnitKind.StateOwnedEnterprise).CommissionedSurplus("H1", "U1", "横向项目", new LocalDate(2024, 7, 1), 100_000m, SurplusUse.PerformancePay)
            .Evaluate().Fired(Rule).Should().BeFalse();
    }
}
