using System.Text.Json.Nodes;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// A pack file that <c>changes</c> another (a national or regional change, 从其规定) is the pack
/// <see cref="PolicyPack.ChangedBy"/> builds: the same definition and the same decisions, before and from its date.
/// </summary>
public sealed class PackFileChangeTests
{
    private const string Reference = "内政办发〔2025〕X号: …15%…";

    private static readonly LocalDate Evaluated = new(2025, 12, 31);

    private static PolicyPack FromFile => PackFile.Parse(JsonNode.Parse($$"""
        {
          "id": "nmg-2025-x",
          "documentNumber": "内政办发〔2025〕X号",
          "title": {"zh": "…", "en": "…"},
          "level": "AutonomousRegion",
          "publishedOn": "2024-12-01",
          "effectiveFrom": "2025-01-01",
          "ruleSet": "baotou-2023-149",
          "changes": {"pack": "baotou-2023-149", "parameters": ["149.7.regional-incentive-rate"]},
          "parameters": [
            {"key": "149.7.regional-incentive-rate", "unit": "Rate", "values": [{"effectiveFrom": "2025-01-01", "value": 0.15, "reference": "{{Reference}}"}]}
          ]
        }
        """)!.ToJsonString());

    /// <summary>The README's regional change.</summary>
    private static PolicyPack InCSharp => Baotou149.Pack.ChangedBy("nmg-2025-x", PolicyLevel.AutonomousRegion, "内政办发〔2025〕X号", "…",
        publishedOn: new(2024, 12, 1), effectiveFrom: new(2025, 1, 1), [new ProvisionChange(Baotou149.RegionalIncentiveRate, 0.15m, Reference)]);

    /// <summary>A university transfers for 3,000,000.00, received ten days after signing: a major project under （七）.</summary>
    private static IncentiveCase MajorTransfer(LocalDate signedOn) => new IncentiveCaseBuilder("2025-major")
        .Unit("U1", "包头某大学", UnitKind.University)
        .Achievement("A1", "U1", "稀土永磁材料", "张团队")
        .Contract("C1", "A1", TransformationMode.Transfer, signedOn, 3_000_000m)
        .Payment("P1", "C1", signedOn.PlusDays(10), 3_000_000m)
        .Build();

    [Fact]
    public void It_has_the_definition_ChangedBy_gives_every_parameter_it_leaves_out_unchanged()
    {
        PackFile.SameDefinition(FromFile, InCSharp).Should().BeTrue();
        FromFile.Read(Baotou149.EquityShare, new LocalDate(2025, 1, 1)).Reference
            .Should().Be("包府办发〔2023〕149号（八）技术入股形成的股权不低于 80% 的比例");
        FromFile.ChangesPackId.Should().Be(Baotou149.PackId);
    }

    [Theory]
    [InlineData(2024, 12, 31, null, 600_000.00)] // before the change: 149号's 3,000,000.00 × 20% stands
    [InlineData(2025, 1, 1, "nmg-2025-x", 450_000.00)] // from its date the regional 3,000,000.00 × 15% governs (从其规定), though lower
    public void It_decides_as_the_change_built_in_CSharp(int year, int month, int day, string? governingPack, decimal amount)
    {
        var signedOn = new LocalDate(year, month, day);

        var fromFile = new IncentiveEngine([Baotou149.Pack, NationalLaw2015Article45.Pack, FromFile]).Evaluate(MajorTransfer(signedOn), Evaluated);
        var inCSharp = new IncentiveEngine([Baotou149.Pack, NationalLaw2015Article45.Pack, InCSharp]).Evaluate(MajorTransfer(signedOn), Evaluated);

        fromFile.Entitlements.Should().ContainSingle(e => e.RuleId == "149-7-regional-incentive")
            .Which.Should().Match<Entitlement>(e => e.PackId == (governingPack ?? Baotou149.PackId) && e.MinimumAmount == amount);
        fromFile.Entitlements.Should().BeEquivalentTo(inCSharp.Entitlements, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        fromFile.SupersededEntitlements.Should().BeEquivalentTo(inCSharp.SupersededEntitlements, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        fromFile.Supersessions.Should().BeEquivalentTo(inCSharp.Supersessions, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        fromFile.Determinations.Should().BeEquivalentTo(inCSharp.Determinations, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        fromFile.Obligations.Should().BeEquivalentTo(inCSharp.Obligations, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        fromFile.Trace.Should().BeEquivalentTo(inCSharp.Trace, o => o.WithStrictOrdering().RespectingRuntimeTypes());
    }
}
