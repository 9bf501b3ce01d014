using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Rules.Empowerment;

/// <summary>149号·（三）: 以作价入股等方式转化职务科技成果形成国有资产的处置，由高校、科研院所自主管理，不审批、不备案、不纳入国有资产保值增值管理考核范围.</summary>
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

        decision.Status.Should().Be(DeterminationStatus.Permitted);
        decision.Conditions.Select(c => (c.Name, c.Met)).Should().Equal(
            ("no-approval", true), ("no-filing", true), ("outside-appreciation-assessment", true));
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
