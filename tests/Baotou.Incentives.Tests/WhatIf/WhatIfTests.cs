using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.WhatIf;

namespace Baotou.Incentives.Tests.WhatIf;

/// <summary>What-if: a changed copy of a pack moves exactly the outcomes that read the changed parameter, and no others.</summary>
public sealed class WhatIfTests
{
    /// <summary>A university transfer: 2,500,000.00 received, 100,000.00 taxes, a transfer office; no unit rule.</summary>
    private static IncentiveCase Transfer(decimal received = 2_500_000m) =>
        Cases.University()
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, received)
            .Payment("P1", "C1", Cases.Signed.PlusDays(10), received)
            .Deduction("D1", "C1", DeductionKind.RelatedTaxes, 100_000m)
            .TransferOffice("T1", "C1", "技术转移中心")
            .Build();

    [Fact]
    public void Raising_the_80_percent_to_85_moves_the_teams_share_and_nothing_else()
    {
        // Net 2,400,000.00: 80% = 1,920,000.00 becomes 85% = 2,040,000.00. The 5% TTO reward (120,000.00) and the 20% regional
        // incentive on 2,500,000.00 received (500,000.00) read other parameters and do not move.
        var raised = Baotou149.Pack.WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);

        var comparison = Cases.Engine.WhatIf(Transfer(), Cases.Evaluated, raised);

        comparison.Changes.Should().Equal(
            new OutcomeChange("149-8-transfer-licence-net-income/C1", "149-8-transfer-licence-net-income", OutcomeChangeKind.Changed, "Rate", "80%", "85%"),
            new OutcomeChange("149-8-transfer-licence-net-income/C1", "149-8-transfer-licence-net-income", OutcomeChangeKind.Changed, "MinimumAmount", "1,920,000.00", "2,040,000.00"));
        comparison.Before.Entitlements.Single(e => e.RuleId == "149-5-transfer-office-staff-reward").MinimumAmount.Should().Be(120_000m);
        comparison.After.Entitlements.Single(e => e.RuleId == "149-5-transfer-office-staff-reward").MinimumAmount.Should().Be(120_000m);
        Baotou149.Pack.Read(Baotou149.TransferLicenceNetIncomeShare, Cases.Signed).Value.Should().Be(0.80m, "the pack itself is never modified");
        Cases.Engine.Packs.Should().ContainSingle().Which.Should().BeSameAs(Baotou149.Pack);
    }

    [Fact]
    public void Lowering_the_threshold_turns_a_project_below_it_into_a_major_one()
    {
        // 1,500,000.00 received is below 2,000,000.00; with the threshold at 1,000,000.00 it is major: 20% = 300,000.00.
        var lowered = Baotou149.Pack.WithValue(Baotou149.MajorProjectThreshold, 1_000_000m);

        var changes = Cases.Engine.WhatIf(Transfer(1_500_000m), Cases.Evaluated, lowered).Changes;

        changes.Select(c => (c.OutcomeId, c.Kind)).Should().Equal(
            ("149-7-below-threshold/C1#regional-incentive", OutcomeChangeKind.Removed),
            ("149-7-regional-incentive/C1", OutcomeChangeKind.Added),
            ("149-7-regional-incentive/C1#city-support", OutcomeChangeKind.Added));
    }

    [Fact]
    public void A_batch_reports_each_case_with_only_its_own_changes()
    {
        var ownRule = Cases.University(ownRule: true)
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 500_000m)
            .Payment("P1", "C1", Cases.Signed.PlusDays(10), 500_000m)
            .Build();
        var raised = Baotou149.Pack.WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);

        var comparisons = Cases.Engine.WhatIf([Transfer(), ownRule], Cases.Evaluated, raised);

        comparisons.Should().HaveCount(2);
        comparisons[0].Changes.Should().HaveCount(2);
        comparisons[1].Changes.Should().BeEmpty("the unit's own rule governs, so no outcome reads the 80%");
    }

    [Fact]
    public void A_pack_the_engine_does_not_apply_is_refused()
    {
        var act = () => Cases.Engine.WhatIf(Transfer(), Cases.Evaluated, NationalLaw2015Article45.Pack);

        act.Should().Throw<Baotou.Incentives.Validation.IncentiveValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Reason.Should().StartWith("must be the id of one of the engine's packs (baotou-2023-149)");
    }
}
