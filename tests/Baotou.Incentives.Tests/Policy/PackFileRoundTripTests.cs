using System.Text.Json.Nodes;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// <see cref="PackFile.Write"/> writes a pack whole and canonically, reading it back gives the same definition and writing
/// that the same bytes; <see cref="PackFile.SameDefinition"/> compares values as numbers and every reference as text.
/// </summary>
public sealed class PackFileRoundTripTests
{
    public static TheoryData<string> Packs() => new(KnownPacks.All.Select(p => p.Id).Append("baotou-2025-x"));

    private static PolicyPack Pack(string id) =>
        id == "baotou-2025-x" ? PackFile.Parse(File.ReadAllText(PackFiles.SamplePath)) : KnownPacks.All.Single(p => p.Id == id);

    [Theory]
    [MemberData(nameof(Packs))]
    public void Reading_what_is_written_gives_the_same_definition_and_writing_it_again_the_same_bytes(string id)
    {
        var pack = Pack(id);
        var written = PackFile.Write(pack);

        var read = PackFile.Parse(written);

        PackFile.SameDefinition(read, pack).Should().BeTrue();
        PackFile.Write(read).Should().Be(written);
        written.Should().EndWith("\n").And.NotContain("$schema");
    }

    [Fact]
    public void A_written_successor_is_complete_every_inherited_parameter_spelled_out()
    {
        var written = JsonNode.Parse(PackFile.Write(Pack("baotou-2025-x")))!;

        written["parameters"]!.AsArray().Select(p => (string)p!["key"]!).Should().Equal(RuleSets.ParametersReadBy(RuleSets.Baotou149).Select(p => p.Key));
        written["succeeds"]!.GetValue<string>().Should().Be("baotou-2023-149");
        written["readings"]!["profitYears"]!.GetValue<string>().Should().Be("ProductionYearIsFirst");
    }

    [Fact]
    public void A_change_written_and_read_back_is_the_same_change()
    {
        var change = Baotou149.Pack.ChangedBy("nmg-2025-x", PolicyLevel.AutonomousRegion, "内政办发〔2025〕X号", "…",
            new LocalDate(2024, 12, 1), new LocalDate(2025, 1, 1), [new ProvisionChange(Baotou149.RegionalIncentiveRate, 0.15m, "内政办发〔2025〕X号: …15%…")]);

        var read = PackFile.Parse(PackFile.Write(change));

        PackFile.SameDefinition(read, change).Should().BeTrue();
        read.ChangesPackId.Should().Be("baotou-2023-149");
        read.ChangedParameters.Should().Equal("149.7.regional-incentive-rate");
    }

    [Fact]
    public void A_value_written_0_8_or_0_80_is_the_same_value()
    {
        var json = PackFiles.Successor();
        json["parameters"]![0]!["values"]![0]!["value"] = JsonNode.Parse("0.8");
        var tenths = PackFile.Parse(json.ToJsonString());
        json["parameters"]![0]!["values"]![0]!["value"] = JsonNode.Parse("0.80");
        var hundredths = PackFile.Parse(json.ToJsonString());

        PackFile.SameDefinition(tenths, hundredths).Should().BeTrue();
    }

    [Fact]
    public void A_changed_reference_is_another_definition()
    {
        var json = PackFiles.Successor();
        var original = PackFile.Parse(json.ToJsonString());
        json["parameters"]![0]!["values"]![0]!["reference"] = "包府办发〔2025〕X号（二）成果转让或许可取得的净收入……不低于 85% 的比例";

        PackFile.SameDefinition(original, PackFile.Parse(json.ToJsonString())).Should().BeFalse();
    }

    [Fact]
    public void A_changed_value_is_another_definition()
    {
        var json = PackFiles.Successor();
        var original = PackFile.Parse(json.ToJsonString());
        json["parameters"]![0]!["values"]![0]!["value"] = 0.851m;

        PackFile.SameDefinition(original, PackFile.Parse(json.ToJsonString())).Should().BeFalse();
    }
}
