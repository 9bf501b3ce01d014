using Baotou.Incentives.Explanations;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>
/// 149号·（三）: 以作价入股等方式转化职务科技成果形成国有资产的处置，由高校、科研院所自主管理，不审批、不备案、不纳入国有资产保值增值管理考核范围.
/// Consequences the text states (依文件规定), and what is self-managed is the 处置 (disposal) of the equity.
/// </summary>
public sealed class EquityManagedByInstitutionTests
{
    private const string Rule = "149-3-equity-self-managed";

    private static IncentiveDecision Invested(UnitKind kind) =>
        Cases.Unit(kind)
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 1_000_000m)
            .EquityConversion("Q1", "C1", Cases.Signed, 1_000_000m, 0.1m)
            .Evaluate();

    [Theory]
    [InlineData(UnitKind.University)]
    [InlineData(UnitKind.ResearchInstitute)]
    public void Equity_of_universities_and_research_institutes_needs_no_approval_or_filing(UnitKind kind)
    {
        var decision = Invested(kind).DeterminationsBy(Rule).Should().ContainSingle().Subject;

        decision.Status.Should().Be(DeterminationStatus.Applies);
        decision.Modality.Should().Be(Modality.Provided, "不审批、不备案 are consequences the text states, not an encouragement");
        decision.Conditions.Select(c => (c.Name, c.Met)).Should().Equal(
            ("no-approval", true), ("no-filing", true), ("outside-appreciation-assessment", true));
    }

    [Fact]
    public void What_the_institution_manages_itself_is_the_disposal_of_the_equity_in_both_languages()
    {
        // 形成国有资产的处置，由高校、科研院所自主管理，不审批.
        var condition = Invested(UnitKind.University).DeterminationsBy(Rule).Single().Conditions[0].Reason;

        Catalog.Chinese.Reason(condition).Should().Contain("形成的国有资产的处置").And.Contain("不审批");
        Catalog.English.Reason(condition).Should().Contain("disposal of the state-owned assets");
    }

    [Theory]
    [InlineData(UnitKind.StateOwnedEnterprise)]
    [InlineData(UnitKind.PublicInstitution)]
    public void Other_units_equity_is_not_covered_by_the_sentence(UnitKind kind)
    {
        Invested(kind).Fired(Rule).Should().BeFalse();
    }

    [Fact]
    public void A_transfer_forms_no_equity()
    {
        Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Evaluate().Fired(Rule).Should().BeFalse();
    }
}
