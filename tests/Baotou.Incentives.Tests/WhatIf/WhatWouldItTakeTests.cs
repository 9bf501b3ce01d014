using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.WhatIf;

namespace Baotou.Incentives.Tests.WhatIf;

/// <summary>
/// What would it take: for a failed condition an amount or a date decides, the smallest change of the facts, to the fen or the
/// day, confirmed by evaluating the changed case. Each test also evaluates the case changed one fen or one day less itself,
/// so the boundary is checked from both sides by the engine and not only by the answer's own confirmation.
/// </summary>
public sealed class WhatWouldItTakeTests
{
    private const string BelowThreshold = "149-7-below-threshold/C1#regional-incentive";

    /// <summary>A university transfer signed 2024-03-01 with <paramref name="received"/> received in one payment ten days later.</summary>
    private static IncentiveCaseBuilder Transfer(decimal received) =>
        Cases.University().WithMoneyContract(TransformationMode.Transfer, received);

    [Fact]
    public void Below_the_threshold_it_takes_the_difference_received_by_the_evaluation_date_and_brings_the_recommendation()
    {
        // （七）金额在 200 万元以上的，推荐争取…: 以上 includes the number, so 1,950,000.00 received needs 2,000,000.00 − 1,950,000.00
        // = 50,000.00 more by the evaluation date (2026-06-30); then 20% of 2,000,000.00 = 400,000.00 is recommended to seek.
        var answer = Cases.Engine.WhatWouldItTake(Transfer(1_950_000m).Build(), Cases.Evaluated).Answers.Should().ContainSingle().Subject;

        answer.DeterminationId.Should().Be(BelowThreshold);
        answer.Condition.Should().Be("basis-at-least-threshold");
        answer.Finding.Should().Be(RequiredChangeFinding.Confirmed);
        answer.Change.Should().Be(new FactChange(FactChangeKind.MoreReceived, "TechnologyContract", "C1", 50_000m, Cases.Evaluated));
        answer.StatusAfter.Should().BeNull("below-threshold is no longer found once the basis reaches it");
        var brought = answer.Brings.Should().ContainSingle(e => e.RuleId == "149-7-regional-incentive").Subject;
        brought.Modality.Should().Be(Modality.RecommendedToSeek);
        brought.Basis.Should().Be(2_000_000m);
        brought.MinimumAmount.Should().Be(400_000m);
    }

    [Theory]
    [InlineData(49_999.99, true)]   // one fen short: still below 2,000,000.00
    [InlineData(50_000.00, false)]  // exactly 2,000,000.00: 以上 includes the number
    public void The_amount_is_the_smallest_to_the_fen(decimal more, bool stillBelow)
    {
        var decision = Transfer(1_950_000m).Payment("P2", "C1", Cases.Evaluated, more).Evaluate();

        decision.Determinations.Any(d => d.Id == BelowThreshold).Should().Be(stillBelow);
    }

    [Fact]
    public void The_threshold_is_read_from_the_pack_not_from_the_text()
    {
        // A changed pack with the threshold at 1,000,000.00: 950,000.00 received needs 50,000.00 more, not 1,050,000.00.
        var engine = new IncentiveEngine([Baotou149.Pack.WithValue(Baotou149.MajorProjectThreshold, 1_000_000m)]);

        var answer = engine.WhatWouldItTake(Transfer(950_000m).Build(), Cases.Evaluated).Answers.Should().ContainSingle().Subject;

        answer.Change!.Amount.Should().Be(50_000m);
        answer.Finding.Should().Be(RequiredChangeFinding.Confirmed);
    }

    [Fact]
    public void A_use_right_one_day_short_of_the_term_takes_an_end_on_its_start_plus_the_minimum_years()
    {
        // （二）不低于 10 年, as calendar dates: from 2024-06-01 the earliest end is 2034-06-01; 2034-05-31 is 9 years 11 months 30 days.
        var grantShort = Cases.University().UseRight("R1", "A1", new LocalDate(2024, 6, 1), new LocalDate(2034, 5, 31)).Build();

        var answer = Cases.Engine.WhatWouldItTake(grantShort, Cases.Evaluated).Answers.Should().ContainSingle().Subject;

        answer.Condition.Should().Be("term-at-least-minimum");
        answer.Change.Should().Be(new FactChange(FactChangeKind.UseRightEndingOnOrAfter, "UseRightGrant", "R1", null, new LocalDate(2034, 6, 1)));
        answer.Finding.Should().Be(RequiredChangeFinding.Confirmed);
        answer.StatusAfter.Should().Be(DeterminationStatus.Permitted);
        Cases.University().UseRight("R1", "A1", new LocalDate(2024, 6, 1), new LocalDate(2034, 6, 1)).Evaluate()
            .Determinations.Single(d => d.Topic == "use-right-term").Status.Should().Be(DeterminationStatus.Permitted, "the answer meets the term");
    }

    [Fact]
    public void A_use_right_from_29_February_takes_an_end_on_28_February_ten_years_on()
    {
        // NodaTime's PlusYears: 2024-02-29 plus 10 years is 2034-02-28 (2034 is not a leap year), the rule's own earliest end.
        var grant = Cases.University().UseRight("R1", "A1", new LocalDate(2024, 2, 29), new LocalDate(2030, 1, 1)).Build();

        var answer = Cases.Engine.WhatWouldItTake(grant, Cases.Evaluated).Answers.Single();

        answer.Change!.Date.Should().Be(new LocalDate(2034, 2, 28));
        answer.Finding.Should().Be(RequiredChangeFinding.Confirmed);
    }

    [Fact]
    public void A_publication_on_the_day_of_signing_takes_one_the_day_before()
    {
        // （十）公示…拟交易价格 before the transaction: signed 2024-03-01, published the same day, is not before it; 2024-02-29 is.
        var published = Transfer(500_000m).Publicity("S1", "C1", PricingMethod.Negotiation, Cases.Signed).Build();

        // 500,000.00 received is also below （七）'s threshold: that answer is the threshold's, not this one.
        var answer = Cases.Engine.WhatWouldItTake(published, Cases.Evaluated).Answers.Should().ContainSingle(a => a.Condition == "published-before-transaction").Subject;

        answer.Condition.Should().Be("published-before-transaction");
        answer.Change.Should().Be(new FactChange(FactChangeKind.PublishedOnOrBefore, "TechnologyContract", "C1", null, new LocalDate(2024, 2, 29)));
        answer.Finding.Should().Be(RequiredChangeFinding.Confirmed);
        answer.StatusAfter.Should().Be(DeterminationStatus.Compliant);
        Transfer(500_000m).Publicity("S1", "C1", PricingMethod.Negotiation, new LocalDate(2024, 2, 29)).Evaluate()
            .Determinations.Single(d => d.Topic == "publicity-check").Status.Should().Be(DeterminationStatus.Compliant);
    }

    [Fact]
    public void Nothing_published_takes_a_publication_the_day_before_signing()
    {
        var unpublished = Transfer(500_000m).Publicity("S1", "C1", PricingMethod.Negotiation, null).Build();

        var answer = Cases.Engine.WhatWouldItTake(unpublished, Cases.Evaluated).Answers.Single(a => a.Condition == "published-before-transaction");

        answer.Change!.Date.Should().Be(new LocalDate(2024, 2, 29));
        answer.Finding.Should().Be(RequiredChangeFinding.Confirmed);
    }

    [Fact]
    public void A_contract_signed_the_day_before_a_later_pack_takes_effect_takes_one_signed_on_its_date_and_brings_its_share()
    {
        // A later measure raising （八）'s 80% to 85% from 2025-07-01. Signed 2025-06-30 it does not reach the contract; signed
        // 2025-07-01 its 85% of 900,000.00 = 765,000.00 governs (and 149号's 720,000.00 is set aside: 从高从新不重复).
        var later = Baotou149.Pack.Successor("bt-later", "后续政策", "A later measure", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1))
            .WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);
        var engine = new IncentiveEngine([Baotou149.Pack, later]);
        var signed = Cases.University().Contract("C1", "A1", TransformationMode.Transfer, new LocalDate(2025, 6, 30), 900_000m)
            .Payment("P1", "C1", new LocalDate(2025, 7, 10), 900_000m).Build();

        var answer = engine.WhatWouldItTake(signed, new LocalDate(2025, 12, 31)).Answers.Should().ContainSingle(a => a.Condition == "event-on-or-after-effective-date").Subject;

        answer.Condition.Should().Be("event-on-or-after-effective-date");
        answer.Change.Should().Be(new FactChange(FactChangeKind.EventOnOrAfter, "TechnologyContract", "C1", null, new LocalDate(2025, 7, 1)));
        answer.Finding.Should().Be(RequiredChangeFinding.Confirmed);
        answer.Brings.Should().ContainSingle(e => e.PackId == "bt-later" && e.MinimumAmount == 765_000m && e.Modality == Modality.OwedMinimum);
    }

    [Fact]
    public void An_approval_the_day_after_the_transfer_takes_one_on_the_day_of_signing()
    {
        // （十二）依法依规进行审批: an approval on the day of the act precedes it (the rule blocks only approvals after it).
        var late = Transfer(1_000_000m).StateSecret("K1", "A1").SecrecyApproval("S1", "A1", Cases.Signed.PlusDays(1), "保密委").Build();

        var answer = Cases.Engine.WhatWouldItTake(late, Cases.Evaluated).Answers.Should().ContainSingle(a => a.Condition == "approved-before-transformation").Subject;

        answer.Change.Should().Be(new FactChange(FactChangeKind.ApprovedOnOrBefore, "SecrecyApproval", "S1", null, Cases.Signed));
        answer.Finding.Should().Be(RequiredChangeFinding.Confirmed);
        answer.StatusAfter.Should().BeNull("the transformation is no longer blocked");
        Transfer(1_000_000m).StateSecret("K1", "A1").SecrecyApproval("S1", "A1", Cases.Signed, "保密委").Evaluate()
            .Determinations.Should().NotContain(d => d.Topic == "secrecy-approval" && d.Status == DeterminationStatus.Blocked, "approved on the day of signing");
    }

    [Fact]
    public void The_unit_kind_is_a_condition_no_change_of_facts_can_meet()
    {
        // （八）'s national-award sentence names 高校、科研院所: a state-owned enterprise's transfer is outside it whatever the facts.
        var enterprise = Cases.Unit(UnitKind.StateOwnedEnterprise, nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m).Build();

        var answers = Cases.Engine.WhatWouldItTake(enterprise, Cases.Evaluated).Answers;

        answers.Should().Contain(a => a.Condition == "unit-kind-in-scope" && a.Finding == RequiredChangeFinding.NoChangeOfFacts && a.Change == null);
    }

    [Fact]
    public void A_case_with_every_condition_met_needs_nothing()
    {
        Cases.Engine.WhatWouldItTake(Transfer(2_500_000m).Build(), Cases.Evaluated).Answers.Should().BeEmpty();
    }
}
