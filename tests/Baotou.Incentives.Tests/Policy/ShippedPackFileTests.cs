using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Baotou.Incentives.Policy.Files;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// One source of truth: the shipped packs' files (Policy/Packs) agree with the C# that declares what the rules read, the
/// library embeds exactly those files, and every reference of 149号's file quotes words of the original text. Each check
/// is also run on a mutated copy, to show that it fails when the file is edited.
/// </summary>
public sealed partial class ShippedPackFileTests
{
    private static readonly string OriginalPath = Path.Combine(ConventionTests.RepositoryRoot(), "docs", "policy", "baotou-2023-149.zh.md");

    public static TheoryData<string> Shipped() => new(KnownPacks.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Shipped))]
    public void The_file_gives_every_parameter_its_rule_set_reads_with_its_unit_and_nothing_else(string packId)
    {
        ParameterDisagreements(PackFiles.Shipped(packId)).Should().BeEmpty();
    }

    [Fact]
    public void A_file_with_a_parameter_too_many_too_few_or_of_another_unit_disagrees()
    {
        var file = PackFiles.Shipped(Baotou149.PackId);
        var parameters = file["parameters"]!.AsArray();
        parameters.RemoveAt(10);
        parameters[0]!["unit"] = "Rate";
        parameters.Add(JsonNode.Parse("""{"key": "149.10.publicity-days", "unit": "Years", "values": []}"""));

        ParameterDisagreements(file).Should().Equal(
            "149.2.minimum-use-right-years: the file says Rate, the C# Years",
            "149.9.surplus-researcher-share: read by the rules, missing from the file",
            "149.10.publicity-days: in the file, read by no rule");
    }

    [Fact]
    public void The_149_file_has_the_CSharp_identity_level_and_dates()
    {
        var file = PackFiles.Shipped(Baotou149.PackId);

        Identity(file).Should().Be((Baotou149.PackId, Baotou149.DocumentNumber, PolicyLevel.Municipal, Baotou149.PublishedOn, Baotou149.EffectiveFrom));
        Readings(file).Should().Be(Baotou149.Readings);
        Baotou149.Pack.Readings.Should().Be(Baotou149.Readings);
    }

    [Fact]
    public void The_law_file_has_the_CSharp_identity_level_and_dates()
    {
        var file = PackFiles.Shipped(NationalLaw2015Article45.PackId);

        Identity(file).Should().Be((NationalLaw2015Article45.PackId, NationalLaw2015Article45.DocumentNumber, PolicyLevel.NationalLaw,
            NationalLaw2015Article45.PublishedOn, NationalLaw2015Article45.EffectiveFrom));
        Readings(file).Should().Be(NationalLaw2015Article45.Readings);
        NationalLaw2015Article45.Pack.Readings.Should().Be(NationalLaw2015Article45.Readings);
    }

    [Fact]
    public void An_edited_date_disagrees_with_the_CSharp()
    {
        var file = PackFiles.Shipped(Baotou149.PackId);
        file["effectiveFrom"] = "2023-12-17";

        Identity(file).Should().NotBe((Baotou149.PackId, Baotou149.DocumentNumber, PolicyLevel.Municipal, Baotou149.PublishedOn, Baotou149.EffectiveFrom));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void The_library_embeds_exactly_the_file_in_the_repository(string packId)
    {
        ShippedPackFiles.Bytes(packId).Should().Equal(File.ReadAllBytes(PackFiles.ShippedPath(packId)));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_reference_opens_with_its_document_and_the_clause_the_parameter_declares(string packId)
    {
        ClauseDisagreements(PackFiles.Shipped(packId)).Should().BeEmpty();
    }

    [Fact]
    public void A_reference_citing_another_clause_disagrees()
    {
        var file = PackFiles.Shipped(Baotou149.PackId);
        file["parameters"]![2]!["values"]![0]!["reference"] = "包府办发〔2023〕149号（八）按成果转化收益给予不低于 5% 的奖励";

        ClauseDisagreements(file).Should().Equal("149.5.transfer-office-reward-share: cites 包府办发〔2023〕149号（八）按成果转化收益给予不低于 5% 的奖励, not （五）");
    }

    [Fact]
    public void Every_reference_of_149s_file_quotes_the_original_text()
    {
        UnquotedReferences(PackFiles.Shipped(Baotou149.PackId), File.ReadAllText(OriginalPath)).Should().BeEmpty();
    }

    [Fact]
    public void A_reference_with_an_edited_number_quotes_nothing_of_the_original()
    {
        var file = PackFiles.Shipped(Baotou149.PackId);
        file["parameters"]![9]!["values"]![0]!["reference"] = "包府办发〔2023〕149号（八）成果转让或许可取得的净收入……不低于 85% 的比例";

        UnquotedReferences(file, File.ReadAllText(OriginalPath)).Should().Equal("149.8.transfer-licence-net-income-share: 不低于85%的比例");
    }

    [Fact]
    public void The_copy_of_the_original_under_docs_keeps_the_original_below_its_note()
    {
        // The note above the line says what the document is; the original starts with its number, below the line.
        OriginalTexts.Baotou149.TrimStart('\n').Should().StartWith("包府办发〔2023〕149号");
        File.ReadAllText(OriginalPath).Should().EndWith(OriginalTexts.Baotou149);
    }

    /// <summary>Each disagreement between the file's parameters and those the rule set's C# declares.</summary>
    private static IReadOnlyList<string> ParameterDisagreements(JsonObject file)
    {
        var declared = RuleSets.ParametersReadBy((string)file["ruleSet"]!).ToDictionary(p => p.Key, p => p.Unit.ToString());
        var given = file["parameters"]!.AsArray().ToDictionary(p => (string)p!["key"]!, p => (string)p!["unit"]!);
        return declared.Where(d => given.TryGetValue(d.Key, out var unit) && unit != d.Value).Select(d => $"{d.Key}: the file says {given[d.Key]}, the C# {d.Value}")
            .Concat(declared.Keys.Except(given.Keys).Select(k => $"{k}: read by the rules, missing from the file"))
            .Concat(given.Keys.Except(declared.Keys).Select(k => $"{k}: in the file, read by no rule"))
            .ToArray();
    }

    private static (string Id, string DocumentNumber, PolicyLevel Level, LocalDate PublishedOn, LocalDate EffectiveFrom) Identity(JsonObject file) => (
        (string)file["id"]!, (string)file["documentNumber"]!, Enum.Parse<PolicyLevel>((string)file["level"]!),
        NodaTime.Text.LocalDatePattern.Iso.Parse((string)file["publishedOn"]!).Value, NodaTime.Text.LocalDatePattern.Iso.Parse((string)file["effectiveFrom"]!).Value);

    private static PolicyReadings Readings(JsonObject file)
    {
        var readings = file["readings"]!;
        return new PolicyReadings(
            Enum.Parse<TransformationIncomeBasis>((string)readings["transferOfficeRewardBasis"]!),
            Enum.Parse<ProfitYearConvention>((string)readings["profitYears"]!),
            Enum.Parse<ExemptionPublicityReading>((string)readings["exemptionPublicity"]!),
            Enum.Parse<TransferOfficeEquityReading>((string)readings["transferOfficeEquity"]!),
            Enum.Parse<IncomeRetentionScope>((string)readings["incomeRetention"]!));
    }

    /// <summary>
    /// Each reference that does not open with the clause its parameter declares: 149号's as <c>包府办发〔2023〕149号（八）</c> for
    /// <c>149号·（八）</c>, the law's with the declared clause itself, <c>促进科技成果转化法·第四十五条（一）</c>.
    /// </summary>
    private static IReadOnlyList<string> ClauseDisagreements(JsonObject file)
    {
        var declared = RuleSets.ParametersReadBy((string)file["ruleSet"]!).ToDictionary(p => p.Key);
        var documentNumber = (string)file["documentNumber"]!;
        var problems = new List<string>();
        foreach (var parameter in file["parameters"]!.AsArray())
        {
            var clause = declared[(string)parameter!["key"]!].Clause;
            var opening = clause.StartsWith("149号·", StringComparison.Ordinal) ? documentNumber + clause["149号·".Length..] : clause;
            problems.AddRange(parameter["values"]!.AsArray().Select(v => (string)v!["reference"]!)
                .Where(r => !r.StartsWith(opening, StringComparison.Ordinal))
                .Select(r => $"{parameter["key"]}: cites {r}, not {opening[(opening.IndexOf('（', StringComparison.Ordinal))..]}"));
        }

        return problems;
    }

    /// <summary>
    /// Each piece of a reference that the original does not contain, ignoring white space: the reference less its document
    /// number and clause marker (<c>包府办发〔2023〕149号（八）</c>), cut at each <c>……</c>.
    /// </summary>
    private static IReadOnlyList<string> UnquotedReferences(JsonObject file, string original)
    {
        var text = Whitespace().Replace(original, string.Empty);
        var documentNumber = (string)file["documentNumber"]!;
        var problems = new List<string>();
        foreach (var parameter in file["parameters"]!.AsArray())
        {
            foreach (var value in parameter!["values"]!.AsArray())
            {
                var reference = (string)value!["reference"]!;
                var quoted = ClauseMarker().Replace(reference.StartsWith(documentNumber, StringComparison.Ordinal) ? reference[documentNumber.Length..] : reference, string.Empty);
                problems.AddRange(quoted.Split("……")
                    .Select(piece => Whitespace().Replace(piece, string.Empty))
                    .Where(piece => piece.Length == 0 || !text.Contains(piece, StringComparison.Ordinal))
                    .Select(piece => $"{parameter["key"]}: {piece}"));
            }
        }

        return problems;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex ClauseMarker();
}
