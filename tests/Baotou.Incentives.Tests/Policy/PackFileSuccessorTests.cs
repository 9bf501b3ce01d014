using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// A pack file that <c>succeeds</c> another (a later municipal measure) inherits every parameter it leaves out at the value
/// in force on its own date, with the quotation that sets it (no word of another language in it), and decides as the pack built in C# with
/// <see cref="PolicyPack.Successor"/> and <see cref="PolicyPack.WithValue"/> does (the README's example).
/// </summary>
public sealed class PackFileSuccessorTests
{
    private static readonly LocalDate Evaluated = new(2025, 12, 31);

    private static PolicyPack FromFile => PackFile.Parse(File.ReadAllText(PackFiles.SamplePath));

    private static PolicyPack InCSharp => Baotou149.Pack
        .Successor("baotou-2025-x", "包府办发〔2025〕X号", "…", publishedOn: new(2025, 6, 1), effectiveFrom: new(2025, 7, 1))
        .WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);

    /// <summary>The README's case: a university transfers an achievement for 900,000.00, received ten days after signing; no unit rule.</summary>
    private static IncentiveCase Transfer(LocalDate signedOn) => new IncentiveCaseBuilder("2025-transfer")
        .Unit("U1", "包头某大学", UnitKind.University)
        .Achievement("A1", "U1", "稀土永磁材料", "张团队")
        .Contract("C1", "A1", TransformationMode.Transfer, signedOn, 900_000m)
        .Payment("P1", "C1", signedOn.PlusDays(10), 900_000m)
        .Build();

    [Fact]
    public void A_parameter_left_out_is_inherited_at_the_value_in_force_with_the_quotation_that_sets_it()
    {
        var reading = FromFile.Read(Baotou149.EquityShare, new LocalDate(2025, 7, 1));

        reading.Value.Should().Be(0.80m);
        reading.EffectiveFrom.Should().Be(new LocalDate(2025, 7, 1));
        reading.Reference.Should().Be("包府办发〔2023〕149号（八）技术入股形成的股权不低于 80% 的比例");
    }

    [Fact]
    public void The_value_it_gives_is_its_own_with_its_own_reference()
    {
        var reading = FromFile.Read(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2025, 7, 1));

        reading.Value.Should().Be(0.85m);
        reading.Reference.Should().Be("包府办发〔2025〕X号（一）成果转让或许可取得的净收入……不低于 85% 的比例");
    }

    [Fact]
    public void It_inherits_the_value_in_force_on_its_date_not_the_first_one()
    {
        var amended = Baotou149.Pack.WithAmendment(Baotou149.EquityShare, new LocalDate(2025, 1, 1), 0.82m, "amendment of 2025-01-01");

        var pack = PackFile.Parse(System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(PackFiles.SamplePath).Replace("\"succeeds\": \"baotou-2023-149\"", "\"succeeds\": \"baotou-2023-149-amended\"", StringComparison.Ordinal)),
            [new PolicyPack("baotou-2023-149-amended", RuleSets.Baotou149, "amended", "amended", Baotou149.PublishedOn, Baotou149.EffectiveFrom, Baotou149.Readings,
                amended.Parameters.Select(p => KeyValuePair.Create(p, amended.ValuesOf(p))), PolicyLevel.Municipal)]);

        pack.Read(Baotou149.EquityShare, new LocalDate(2025, 7, 1)).Value.Should().Be(0.82m);
    }

    [Fact]
    public void Every_inherited_value_and_reference_is_the_one_Successor_gives()
    {
        foreach (var parameter in RuleSets.ParametersReadBy(RuleSets.Baotou149).Where(p => p != Baotou149.TransferLicenceNetIncomeShare))
        {
            FromFile.ValuesOf(parameter).Should().Equal(InCSharp.ValuesOf(parameter), "{0} is inherited", parameter.Key);
        }
    }

    [Theory]
    [InlineData(2025, 6, 30, "149-8-transfer-licence-net-income/C1", 0.80, 720_000.00)] // before 2025-07-01: 149号's 900,000.00 × 80%
    [InlineData(2025, 7, 1, "149-8-transfer-licence-net-income@baotou-2025-x/C1", 0.85, 765_000.00)] // from 2025-07-01: 900,000.00 × 85% > 720,000.00
    public void It_decides_the_readmes_transfer_as_the_pack_built_in_CSharp(int year, int month, int day, string governing, decimal rate, decimal amount)
    {
        var signedOn = new LocalDate(year, month, day);

        var fromFile = new IncentiveEngine([Baotou149.Pack, FromFile]).Evaluate(Transfer(signedOn), Evaluated);
        var inCSharp = new IncentiveEngine([Baotou149.Pack, InCSharp]).Evaluate(Transfer(signedOn), Evaluated);

        fromFile.Entitlements.Should().ContainSingle().Which.Should().Match<Entitlement>(e => e.Id == governing && e.Rate == rate && e.MinimumAmount == amount);
        Same(fromFile, inCSharp);
    }

    /// <summary>Every outcome and trace entry alike; only the reference of the value the file sets is its own (the C# what-if says "what-if").</summary>
    internal static void Same(IncentiveDecision actual, IncentiveDecision expected)
    {
        actual.PackIds.Should().Equal(expected.PackIds);
        actual.Entitlements.Should().BeEquivalentTo(expected.Entitlements, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        actual.SupersededEntitlements.Should().BeEquivalentTo(expected.SupersededEntitlements, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        actual.Supersessions.Should().BeEquivalentTo(expected.Supersessions, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        actual.Determinations.Should().BeEquivalentTo(expected.Determinations, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        actual.Obligations.Should().BeEquivalentTo(expected.Obligations, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        actual.Trace.Should().BeEquivalentTo(expected.Trace, o => o.WithStrictOrdering().RespectingRuntimeTypes()
            .Excluding(m => m.Name == nameof(ParameterReading.Reference) && m.Path.Contains("Parameters", StringComparison.Ordinal)));
    }
}
