using System.Text;
using Baotou.Incentives.Impact;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Impact;

/// <summary>
/// A pack's impact on recorded decisions: each record replayed under its own packs, then with the new pack added (or in place
/// of the pack of its id), listing every governing entitlement that moves with the principle that decided. The new pack here
/// is the README's later measure: （八）'s 80% raised to 85% for events from 2025-07-01.
/// </summary>
public sealed class PackImpactTests
{
    private static readonly LocalDate Evaluated = new(2025, 12, 31);

    private static readonly PolicyPack Later = Baotou149.Pack.Successor("baotou-2025-x", "后续政策", "A later measure", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1))
        .WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);

    /// <summary>A university's transfer for 900,000.00, all received ten days after signing; no rule of its own, no deductions: net income 900,000.00.</summary>
    private static DecisionRecord Recorded(LocalDate signedOn) => Cases.Engine.Record(
        Cases.University().Contract("C1", "A1", TransformationMode.Transfer, signedOn, 900_000m).Payment("P1", "C1", signedOn.PlusDays(10), 900_000m).Build(),
        Evaluated);

    [Fact]
    public void A_decision_on_an_event_from_the_later_packs_date_moves_from_80_to_85_percent_under_the_higher_and_newer()
    {
        // 900,000.00 × 80% = 720,000.00 under 149号; × 85% = 765,000.00 under the later measure, which governs under
        // 从高从新不重复 (the higher amount) and sets 149号's aside.
        var impact = new PackImpact(Later).Assess("r.json", Recorded(new LocalDate(2025, 7, 1)));

        impact.Status.Should().Be(RecordImpactStatus.Changed);
        impact.Application.Should().Be(PackApplication.Added);
        impact.Verdict.Should().Be(ReplayVerdict.Reproduced);
        impact.Changes.Should().Equal(new EntitlementChange("149号·（八）", Beneficiary.CompletingTeam, "C1",
            "149-8-transfer-licence-net-income/C1", "149-8-transfer-licence-net-income@baotou-2025-x/C1", Modality.OwedMinimum, Modality.OwedMinimum,
            0.80m, 0.85m, 720_000m, 765_000m, "149-closing-higher-newer-governs", "149号·从高从新不重复"));
    }

    [Fact]
    public void A_decision_on_an_event_the_day_before_does_not_move()
    {
        var impact = new PackImpact(Later).Assess("r.json", Recorded(new LocalDate(2025, 6, 30)));

        impact.Status.Should().Be(RecordImpactStatus.Unchanged);
        impact.Changes.Should().BeEmpty();
    }

    [Fact]
    public void A_changed_copy_of_a_recorded_pack_replaces_it_and_moves_the_same_entitlement()
    {
        // 149号 itself at 85%: the same outcome id, 720,000.00 → 765,000.00, nothing set aside, so no principle.
        var impact = new PackImpact(Baotou149.Pack.WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m)).Assess("r.json", Recorded(new LocalDate(2024, 3, 1)));

        impact.Application.Should().Be(PackApplication.Replaced);
        var change = impact.Changes.Should().ContainSingle().Subject;
        (change.BeforeId, change.AfterId, change.BeforeAmount, change.AfterAmount, change.PrincipleRuleId)
            .Should().Be(("149-8-transfer-licence-net-income/C1", "149-8-transfer-licence-net-income/C1", 720_000m, 765_000m, (string?)null));
    }

    [Fact]
    public void A_tampered_record_is_not_replayable_and_says_so()
    {
        var json = Recorded(new LocalDate(2025, 7, 1)).ToJson().Replace("\"amount\": 900000", "\"amount\": 990000", StringComparison.Ordinal);

        var impact = new PackImpact(Later).Assess("tampered.json", new MemoryStream(Encoding.UTF8.GetBytes(json)));

        impact.Status.Should().Be(RecordImpactStatus.NotReplayable);
        impact.Verdict.Should().Be(ReplayVerdict.Tampered);
        impact.Problem.Should().StartWith("tampered");
        impact.Changes.Should().BeEmpty();
    }

    [Fact]
    public void A_file_that_is_not_a_record_is_not_replayable_with_the_readers_problem()
    {
        var impact = new PackImpact(Later).Assess("bad.json", new MemoryStream(Encoding.UTF8.GetBytes("{\"schemaVersion\": 99}")));

        impact.Status.Should().Be(RecordImpactStatus.NotReplayable);
        impact.Verdict.Should().BeNull();
        impact.Problem.Should().Contain("schemaVersion");
    }

    [Fact]
    public void Totals_count_every_record_and_sum_the_amounts_by_clause_and_beneficiary()
    {
        var assessor = new PackImpact(Later);
        var totals = new ImpactTotals();
        totals.Add(assessor.Assess("a.json", Recorded(new LocalDate(2025, 7, 1))));
        totals.Add(assessor.Assess("b.json", Recorded(new LocalDate(2025, 8, 1))));
        totals.Add(assessor.Assess("c.json", Recorded(new LocalDate(2025, 6, 30))));
        totals.Add(assessor.Assess("d.json", new MemoryStream([])));

        (totals.Changed, totals.Unchanged, totals.NotReplayable).Should().Be((2, 1, 1));
        // Two changes of 720,000.00 → 765,000.00: 1,440,000.00 → 1,530,000.00.
        totals.ByClauseAndBeneficiary.Should().Equal(new ImpactTotal("149号·（八）", Beneficiary.CompletingTeam, 2, 1_440_000m, 1_530_000m));
    }
}
