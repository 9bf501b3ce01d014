using System.Text;
using System.Text.Json.Nodes;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// A pack file is read strictly: every problem at once, each naming its JSON path and why, in the reader's exact words,
/// and no pack when there is any.
/// </summary>
public sealed class PackFileReadingTests
{
    private const string Share = "149.8.transfer-licence-net-income-share";

    [Fact]
    public void A_share_of_120_percent_an_unknown_property_and_unordered_dated_values_are_refused_together_each_by_its_path()
    {
        var json = PackFiles.Successor();
        json["supersedes"] = "baotou-2023-149";
        json["parameters"]![0]!["values"]![0]!["value"] = 1.20m;
        json["parameters"]!.AsArray().Add(JsonNode.Parse("""
            {"key": "149.8.equity-share", "unit": "Rate", "values": [
              {"effectiveFrom": "2025-07-01", "value": 0.85, "reference": "包府办发〔2025〕X号（二）85%"},
              {"effectiveFrom": "2025-01-01", "value": 0.90, "reference": "包府办发〔2025〕X号（三）90%"}]}
            """));

        var act = () => PackFile.Parse(json.ToJsonString());

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Select(p => $"{p.Field}: {p.Reason}").Should().Equal(
            "$.supersedes: unknown field; known fields: $schema, id, documentNumber, title, issuedBy, level, publishedOn, effectiveFrom, ruleSet, succeeds, changes, readings, parameters",
            "$.parameters[0].values[0].value: must be a rate from 0 to 1 (0.85 is 85%); was 1.20 (120%)",
            "$.parameters[1].values[1].effectiveFrom: is 2025-01-01, before the value above it (2025-07-01): dated values are listed oldest first, each later than the one before");
    }

    [Fact]
    public void The_sample_successor_reads()
    {
        var pack = PackFile.Parse(File.ReadAllText(PackFiles.SamplePath));

        pack.Id.Should().Be("baotou-2025-x");
        pack.SucceedsPackId.Should().Be("baotou-2023-149");
        pack.Level.Should().Be(PolicyLevel.Municipal);
        pack.EffectiveFrom.Should().Be(new LocalDate(2025, 7, 1));
    }

    [Fact]
    public void A_missing_field_is_named()
    {
        var json = PackFiles.Successor();
        json.Remove("documentNumber");

        PackFiles.Problems(json).Should().Equal("$.documentNumber: is required and must not be empty or white space");
    }

    [Fact]
    public void A_pack_of_its_own_that_leaves_a_parameter_out_is_refused_naming_it()
    {
        var json = PackFiles.Shipped(Baotou149.PackId);
        json["id"] = "baotou-2025-own";
        json["parameters"]!.AsArray().RemoveAt(10);

        PackFiles.Problems(json).Should().Equal(
            "$.parameters: must give a value to every parameter the rules of 'baotou-2023-149' read; missing: 149.9.surplus-researcher-share");
    }

    [Fact]
    public void An_unknown_parameter_key_is_refused_with_the_nearest_known_one()
    {
        var json = PackFiles.Successor();
        json["parameters"]![0]!["key"] = "149.8.transfer-license-net-income-share";

        PackFiles.Problems(json).Should().Equal(
            "$.parameters[0].key: '149.8.transfer-license-net-income-share' is not a parameter the rules of 'baotou-2023-149' read; did you mean 149.8.transfer-licence-net-income-share?");
    }

    [Fact]
    public void A_unit_other_than_the_parameters_is_refused()
    {
        var json = PackFiles.Successor();
        json["parameters"]![0]!["unit"] = "Yuan";

        PackFiles.Problems(json).Should().Equal($"$.parameters[0].unit: must be Rate, the unit of '{Share}'; was Yuan");
    }

    [Fact]
    public void A_negative_threshold_is_refused()
    {
        var json = PackFiles.Shipped(Baotou149.PackId);
        json["parameters"]![3]!["values"]![0]!["value"] = -1;

        PackFiles.Problems(json).Should().Equal("$.parameters[3].values[0].value: must be an amount from 0 to 1000000000000000 yuan; was -1");
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("10.5", "10.5")]
    [InlineData("101", "101")]
    public void A_term_that_is_not_a_whole_number_of_years_from_1_to_100_is_refused(string years, string said)
    {
        var json = PackFiles.Shipped(Baotou149.PackId);
        json["parameters"]![0]!["values"]![0]!["value"] = JsonNode.Parse(years);

        PackFiles.Problems(json).Should().Equal($"$.parameters[0].values[0].value: must be a whole number of years from 1 to 100; was {said}");
    }

    [Fact]
    public void Two_values_of_one_parameter_on_one_date_are_refused()
    {
        var json = PackFiles.Successor();
        json["parameters"]![0]!["values"]!.AsArray().Add(JsonNode.Parse("""{"effectiveFrom": "2025-07-01", "value": 0.9, "reference": "again"}"""));

        PackFiles.Problems(json).Should().Equal(
            "$.parameters[0].values[1].effectiveFrom: is 2025-07-01 again: two values of one parameter cannot take effect on the same date");
    }

    [Fact]
    public void A_first_value_later_than_the_pack_is_refused_so_that_every_event_it_covers_has_a_value()
    {
        var json = PackFiles.Successor();
        json["parameters"]![0]!["values"]![0]!["effectiveFrom"] = "2025-07-02";

        PackFiles.Problems(json).Should().Equal(
            "$.parameters[0].values[0].effectiveFrom: must be on or before the pack's effectiveFrom 2025-07-01, so that every event the pack covers has a value; was 2025-07-02");
    }

    [Fact]
    public void An_unknown_rule_set_is_refused_naming_the_shipped_ones()
    {
        var json = PackFiles.Successor();
        json["ruleSet"] = "baotou-2025-x";

        PackFiles.Problems(json).Should().Equal(
            "$.ruleSet: is not a rule set the library ships; must be one of baotou-2023-149, cn-law-2015-art45; was 'baotou-2025-x'");
    }

    [Fact]
    public void A_successor_of_an_unknown_pack_is_refused_naming_what_it_would_inherit()
    {
        var json = PackFiles.Successor();
        json["succeeds"] = "baotou-2024-7";

        PackFiles.Problems(json).Should().Equal(
            "$.succeeds: names pack 'baotou-2024-7', which is neither shipped nor given beside this file, so the parameters it would inherit are unknown; give them "
            + "(149.2.minimum-use-right-years, 149.3.income-retained-share, 149.5.transfer-office-reward-share, 149.7.major-project-threshold, 149.7.regional-incentive-rate, "
            + "149.8.equity-share, 149.8.national-award-transfer-share, 149.8.operating-profit-share, 149.8.operating-profit-years, 149.9.surplus-researcher-share) or the pack");
    }

    [Fact]
    public void A_successor_of_a_pack_given_beside_it_reads()
    {
        var first = PackFile.Parse(File.ReadAllText(PackFiles.SamplePath));
        var json = PackFiles.Successor();
        json["id"] = "baotou-2026-y";
        json["succeeds"] = "baotou-2025-x";
        json["publishedOn"] = "2025-12-01";
        json["effectiveFrom"] = "2026-01-01";
        json["parameters"] = new JsonArray();

        var pack = PackFile.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), [first]);

        pack.Read(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2026, 1, 1)).Value.Should().Be(0.85m);
    }

    [Fact]
    public void A_change_of_an_unknown_pack_is_refused_naming_the_known_ones()
    {
        var json = PackFiles.Successor();
        json["level"] = "AutonomousRegion";
        json.Remove("succeeds");
        json["changes"] = JsonNode.Parse($$"""{"pack": "baotou-2024-7", "parameters": ["{{Share}}"]}""");

        PackFiles.Problems(json).Should().Equal(
            "$.changes.pack: names pack 'baotou-2024-7', which is neither shipped nor given beside this file; known packs: baotou-2023-149, cn-law-2015-art45");
    }

    [Fact]
    public void A_municipal_change_is_refused_a_later_municipal_measure_succeeds()
    {
        var json = PackFiles.Successor();
        json.Remove("succeeds");
        json["changes"] = JsonNode.Parse($$"""{"pack": "baotou-2023-149", "parameters": ["{{Share}}"]}""");

        PackFiles.Problems(json).Should().Equal(
            "$.level: must be NationalLaw, NationalPolicy or AutonomousRegion for a change (从其规定 follows national and regional changes); a later municipal measure succeeds the pack instead");
    }

    [Fact]
    public void A_successor_of_another_level_is_refused_a_higher_levels_change_is_a_change()
    {
        var json = PackFiles.Successor();
        json["level"] = "AutonomousRegion";

        PackFiles.Problems(json).Should().Equal(
            "$.level: must be Municipal, the level of 'baotou-2023-149' which it succeeds; was AutonomousRegion (a national or regional change of it is given with changes instead)");
    }

    [Fact]
    public void Succeeding_and_changing_at_once_is_refused_once()
    {
        var json = PackFiles.Successor();
        json["changes"] = JsonNode.Parse($$"""{"pack": "baotou-2023-149", "parameters": ["{{Share}}"]}""");

        PackFiles.Problems(json).Should().Equal(
            "$.changes: cannot be given with succeeds: a pack either succeeds another (a later municipal measure) or changes its provisions (a national or regional change)");
    }

    [Fact]
    public void A_property_given_twice_is_refused()
    {
        var text = File.ReadAllText(PackFiles.SamplePath).Replace("  \"level\": \"Municipal\",", "  \"level\": \"Municipal\",\n  \"level\": \"NationalLaw\",", StringComparison.Ordinal);

        PackFiles.Problems(text).Should().Equal("$.level: is given twice in one object: a reader would see one value and the library another");
    }

    [Fact]
    public void One_byte_order_mark_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(PackFiles.SamplePath)];

        PackFile.Parse(bytes, []).Id.Should().Be("baotou-2025-x");
    }

    [Fact]
    public void A_file_over_16_MB_is_refused_before_it_is_read()
    {
        var act = () => PackFile.Parse(new byte[(16 * 1024 * 1024) + 1], []);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Select(p => $"{p.Field}: {p.Reason}").Should().Equal(
            "$: is 16777217 bytes; a pack file may be at most 16777216 bytes");
    }

    [Fact]
    public void A_stream_over_16_MB_is_refused_reading_no_more_than_one_byte_past_the_limit()
    {
        using var stream = new MemoryStream(new byte[(16 * 1024 * 1024) + 100]);

        var act = () => PackFile.Parse(stream, []);

        act.Should().Throw<IncentiveValidationException>();
        stream.Position.Should().BeLessThanOrEqualTo((16 * 1024 * 1024) + 1);
    }
}
