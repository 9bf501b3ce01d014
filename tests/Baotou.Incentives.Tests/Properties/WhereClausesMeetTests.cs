using Baotou.Incentives.Tests.Support;
using CsCheck;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// Where clauses meet, over generated cases under several pack sets (149号 alone; with the law; with a later municipal measure;
/// with a regional change of the 80%): no grant of weaker force sets aside one of stronger force, 从其规定 sets aside only what
/// a changed parameter drives, nothing after the evaluation date is counted, and every amount on a blocked transformation is
/// qualified. Each property is also shown failing on a decision made wrong by hand. The checks are the library's own
/// (<c>Exploration/Invariants.cs</c>), the explorer's, so there is one copy of them.
/// </summary>
public sealed class WhereClausesMeetTests
{
    private const int Iterations = 600;

    private static readonly PolicyPack RegionalSeventy = Baotou149.Pack.ChangedBy("nmg-70", PolicyLevel.AutonomousRegion, "内政办发〔2024〕测试号",
        "自治区测试政策", new LocalDate(2024, 12, 1), new LocalDate(2025, 1, 1),
        [new ProvisionChange(Baotou149.TransferLicenceNetIncomeShare, 0.70m, "不低于 70%")]);

    private static readonly PolicyPack Later = Baotou149.Pack.Successor("bt-later", "后续政策", "A later measure", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1))
        .WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);

    public static TheoryData<string> PackSets() => ["149", "149+law", "149+later", "149+law+regional"];

    private static IncentiveEngine EngineFor(string packs) => packs switch
    {
        "149" => new IncentiveEngine([Baotou149.Pack]),
        "149+law" => new IncentiveEngine([Baotou149.Pack, NationalLaw2015Article45.Pack]),
        "149+later" => new IncentiveEngine([Baotou149.Pack, Later]),
        _ => new IncentiveEngine([Baotou149.Pack, NationalLaw2015Article45.Pack, RegionalSeventy]),
    };

    [Theory]
    [MemberData(nameof(PackSets))]
    public void Every_generated_case_holds_where_clauses_meet(string packs)
    {
        var engine = EngineFor(packs);
        Gen.Select(GeneratedCases.Any, Gen.Int[0, 1_400]).Sample((incentiveCase, daysAfter) =>
        {
            // Evaluated on any day from 2023-06-01 on, so instalments and profit years fall on both sides of the date.
            var on = new LocalDate(2023, 6, 1).PlusDays(daysAfter);
            var decision = engine.Evaluate(incentiveCase, on);
            Invariants.OfDecision(incentiveCase, decision, engine.Packs).Should().BeEmpty();
        }, iter: Iterations);
    }

    [Fact]
    public void A_permission_that_set_aside_the_owed_floor_is_a_violation()
    {
        var (incentiveCase, decision) = Evaluated(Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 1_000_000m), Cases.Engine);
        var owed = decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!;
        var forged = With(decision, decision.Entitlements.Where(e => e != owed).ToArray(), [owed],
            [new Supersession("x", "149-closing-higher-newer-governs", "149号·从高从新不重复", owed.Id, "149-8-national-award-transfer/C1", new SameDateTieBreak(0m, "x"))]);

        Violations(incentiveCase, forged, Cases.Engine.Packs).Should().ContainSingle().Which.Should().Contain("grants of different force");
    }

    [Fact]
    public void A_change_that_set_aside_a_grant_it_does_not_drive_is_a_violation()
    {
        var engine = EngineFor("149+law+regional");
        var (incentiveCase, decision) = Evaluated(Cases.University(nationalAward: true)
            .WithMoneyContract(TransformationMode.Transfer, 1_000_000m, signedOn: new LocalDate(2025, 3, 1)), engine);
        Violations(incentiveCase, decision, engine.Packs).Should().BeEmpty("the genuine decision sets aside only the 80%");
        var award = decision.FindEntitlement("149-8-national-award-transfer", "C1")!;
        var forged = With(decision, decision.Entitlements.Where(e => e != award).ToArray(), [.. decision.SupersededEntitlements, award],
        [
            .. decision.Supersessions,
            new Supersession("y", "149-closing-changed-provision-governs", "149号·从其规定", award.Id, "149-8-transfer-licence-net-income@nmg-70/C1",
                new SameDateTieBreak(0m, "y")),
        ]);

        Violations(incentiveCase, forged, engine.Packs).Should().Contain(v => v.Contains("reads none of 149.8.transfer-licence-net-income-share"));
    }

    [Fact]
    public void Counting_a_later_payment_or_an_unended_profit_year_is_a_violation()
    {
        var (incentiveCase, decision) = Evaluated(Cases.Unit(UnitKind.StateOwnedEnterprise)
            .WithMoneyContract(TransformationMode.Licence, 1_000_000m)
            .Payment("P-LATER", "C1", Cases.Evaluated.PlusDays(1), 500_000m)
            .SelfImplementation("S1", "A1", new LocalDate(2025, 5, 1))
            .OperatingProfit("Y2025", "S1", 2025, 1_000_000m), Cases.Engine);
        Violations(incentiveCase, decision, Cases.Engine.Packs).Should().BeEmpty();
        var licence = decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!;
        var profit = decision.FindEntitlement("149-8-operating-profit", "Y2025")!;
        var forged = With(decision,
            [licence with { Basis = 1_500_000m }, profit with { BasisReason = new OperatingProfitOf("S1", 2026, 2, 2025, 2029) }], [], []);

        Violations(incentiveCase, forged, Cases.Engine.Packs).Should().HaveCount(2)
            .And.Contain(v => v.Contains("not the net income known on 2026-06-30")).And.Contain(v => v.Contains("had not ended"));
    }

    [Fact]
    public void An_amount_on_a_blocked_transfer_without_its_qualification_is_a_violation()
    {
        var (incentiveCase, decision) = Evaluated(Cases.University().StateSecret("K1", "A1").WithMoneyContract(TransformationMode.Transfer, 1_000_000m), Cases.Engine);
        Violations(incentiveCase, decision, Cases.Engine.Packs).Should().BeEmpty();
        var forged = With(decision, decision.Entitlements.Select(e => e with { QualifiedBy = null }).ToArray(), [], []);

        Violations(incentiveCase, forged, Cases.Engine.Packs).Should().ContainSingle().Which.Should().Contain("yet not qualified");
    }

    /// <summary>The library's checks of one decision (<c>Exploration/Invariants.cs</c>), but silence: a decision forged by hand drops outcomes.</summary>
    private static IReadOnlyList<string> Violations(IncentiveCase incentiveCase, IncentiveDecision decision, IReadOnlyList<PolicyPack> packs) =>
        Invariants.OfDecision(incentiveCase, decision, packs).Where(b => b.Invariant != Invariants.NeverSilent).Select(b => b.Detail).ToArray();

    private static (IncentiveCase Case, IncentiveDecision Decision) Evaluated(IncentiveCaseBuilder builder, IncentiveEngine engine)
    {
        var incentiveCase = builder.Build();
        return (incentiveCase, engine.Evaluate(incentiveCase, Cases.Evaluated));
    }

    private static IncentiveDecision With(
        IncentiveDecision d, IReadOnlyList<Entitlement> governing, IReadOnlyList<Entitlement> setAside, IReadOnlyList<Supersession> supersessions) =>
        new(d.CaseId, d.EvaluationDate, d.PackIds, governing, setAside, supersessions, d.Determinations, d.Obligations, d.Trace);
}
