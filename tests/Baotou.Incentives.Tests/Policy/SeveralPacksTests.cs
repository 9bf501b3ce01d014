using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// 149号 closing clause: 以上各条款若与我市其他政策措施重复，则按从高从新不重复原则执行 — across packs, and for a later pack of
/// one's own that drives the same rules.
/// </summary>
public sealed class SeveralPacksTests
{
    private const string NetIncome = "149-8-transfer-licence-net-income";

    /// <summary>A later municipal policy that raises the transfer and licence share to 85% from 2025-07-01.</summary>
    private static readonly PolicyPack Later = Baotou149.Pack
        .Successor("baotou-2025-demo", "包府办发〔2025〕示例号", "示例：提高转让许可净收入奖励比例", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1))
        .WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);

    private static readonly IncentiveEngine WithLater = new([Baotou149.Pack, Later]);

    private static IncentiveDecision SignedOn(LocalDate signed) =>
        Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, deducted: 100_000m, signedOn: signed)
            .EvaluateUnder(WithLater);

    [Fact]
    public void A_later_pack_with_a_higher_rate_does_not_reach_a_contract_signed_the_day_before_it_takes_effect()
    {
        // 900,000.00 net × 80% = 720,000.00 under 149号 alone; the later pack does not cover 2025-06-30.
        var decision = SignedOn(new LocalDate(2025, 6, 30));

        decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Should().ContainSingle()
            .Which.Should().Match<Entitlement>(e => e.Id == NetIncome + "/C1" && e.MinimumAmount == 720_000m);
        decision.SupersededEntitlements.Should().BeEmpty();
        decision.Determinations.Should().Contain(d =>
            d.PackId == "baotou-2025-demo" && d.SubjectFactId == "C1" && d.Status == DeterminationStatus.NotCovered);
    }

    [Fact]
    public void A_later_pack_with_a_higher_rate_governs_from_its_date()
    {
        // 900,000.00 net: the later pack's 85% = 765,000.00 > 149号's 80% = 720,000.00.
        var decision = SignedOn(new LocalDate(2025, 7, 1));

        var governing = decision.Entitlements.Where(e => e.Beneficiary == Beneficiary.CompletingTeam).Should().ContainSingle().Subject;
        governing.Id.Should().Be(NetIncome + "@baotou-2025-demo/C1");
        governing.PackId.Should().Be("baotou-2025-demo");
        governing.MinimumAmount.Should().Be(765_000m);
        decision.SupersededEntitlements.Should().ContainSingle(e => e.Id == NetIncome + "/C1").Which.MinimumAmount.Should().Be(720_000m);
    }

    [Fact]
    public void On_equal_amounts_the_newer_policy_governs()
    {
        // A successor that changes nothing grants the same 720,000.00: 从新 keeps the one of the newer policy.
        var same = Baotou149.Pack.Successor("baotou-2025-same", "包府办发〔2025〕同号", "示例：同比例", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1));
        var decision = Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, deducted: 100_000m, signedOn: new LocalDate(2025, 8, 1))
            .EvaluateUnder(new IncentiveEngine([Baotou149.Pack, same]));

        decision.FindEntitlement(NetIncome, "C1")!.PackId.Should().Be("baotou-2025-same");
        var why = decision.Supersessions.Single(s => s.SupersededId == NetIncome + "/C1");
        why.Reason.Should().Be(new NewerPolicy(720_000m, "baotou-2025-same", new LocalDate(2025, 7, 1), "baotou-2023-149", new LocalDate(2023, 12, 18)));
    }

    [Fact]
    public void An_amendment_of_149_applies_to_contracts_signed_on_or_after_its_date_only()
    {
        var amended = new IncentiveEngine([Baotou149.Pack.WithAmendment(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2025, 7, 1), 0.85m, "amendment")]);

        IncentiveDecision Signed(LocalDate on) =>
            Cases.University().WithMoneyContract(TransformationMode.Transfer, 1_000_000m, deducted: 100_000m, signedOn: on).EvaluateUnder(amended);

        Signed(new LocalDate(2025, 6, 30)).FindEntitlement(NetIncome, "C1")!.MinimumAmount.Should().Be(720_000m);
        Signed(new LocalDate(2025, 7, 1)).FindEntitlement(NetIncome, "C1")!.MinimumAmount.Should().Be(765_000m);
        Baotou149.Pack.Read(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2025, 7, 1)).Value.Should().Be(0.80m, "the original pack is unchanged");
    }

    [Fact]
    public void A_successor_keeps_the_values_in_force_on_its_date_and_names_its_own_document()
    {
        var reading = Later.Read(Baotou149.EquityShare, new LocalDate(2025, 7, 1));

        Later.RuleSet.Should().Be(RuleSets.Baotou149);
        reading.Value.Should().Be(0.80m);
        reading.EffectiveFrom.Should().Be(new LocalDate(2025, 7, 1));
        Later.IsInForceOn(new LocalDate(2025, 6, 30)).Should().BeFalse();
    }

    [Fact]
    public void A_pack_that_leaves_out_a_parameter_its_rules_read_is_refused_naming_it()
    {
        var act = () => new PolicyPack("incomplete", RuleSets.NationalLaw2015, "X", "X", new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1),
            NationalLaw2015Article45.Readings,
            [KeyValuePair.Create(NationalLaw2015Article45.EquityShare, (IReadOnlyList<DatedValue>)[new DatedValue(new LocalDate(2024, 1, 1), 0.5m, "x")])]);

        act.Should().Throw<Baotou.Incentives.Validation.IncentiveValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Reason.Should().Be(
                "must give a value to every parameter the rules of 'cn-law-2015-art45' read; missing: law2015.45.operating-profit-maximum-years, law2015.45.operating-profit-minimum-years, law2015.45.operating-profit-share, law2015.45.transfer-licence-net-income-share");
    }

    [Fact]
    public void A_pack_of_an_unknown_rule_set_is_refused()
    {
        var act = () => new PolicyPack("x", "no-such-rules", "X", "X", new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1),
            NationalLaw2015Article45.Readings, []);

        act.Should().Throw<Baotou.Incentives.Validation.IncentiveValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Field.Should().Be("RuleSet");
    }
}
