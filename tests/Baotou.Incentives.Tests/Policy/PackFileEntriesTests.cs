using System.Text.Json.Nodes;
using Baotou.Incentives.Policy.Files;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Policy;

/// <summary>
/// Case files and policy cases name pack files beside shipped ids (<c>"packs": ["baotou-2023-149", "./later-notice.json"]</c>),
/// each read relative to the folder of the file that names it; a missing or refused pack file is a problem naming the
/// entry, the file, and each of the pack file's own problems.
/// </summary>
public sealed class PackFileEntriesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pack-entries-").FullName;

    private string CasePath => Path.Combine(_folder, "case.json");

    private string LaterPath => Path.Combine(_folder, "later-notice.json");

    [Theory]
    [InlineData("./later-notice.json", true)]
    [InlineData("../packs/later", true)]
    [InlineData("later-notice.json", true)]
    [InlineData("notices/later.JSON", true)]
    [InlineData("baotou-2023-149", false)]
    [InlineData("cn-law-2015-art45", false)]
    public void An_entry_is_a_file_when_it_starts_with_a_dot_path_or_ends_in_json(string entry, bool isFile)
    {
        PackEntries.IsFile(entry).Should().Be(isFile);
    }

    [Fact]
    public void A_case_file_names_a_shipped_pack_and_a_pack_file_beside_it()
    {
        File.Copy(PackFiles.SamplePath, LaterPath);
        WriteCase("baotou-2023-149", "./later-notice.json");

        var caseFile = ReadCase();

        caseFile.Packs.Select(p => p.Id).Should().Equal("baotou-2023-149", "baotou-2025-x");
        caseFile.Packs[1].Read(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2025, 7, 1)).Value.Should().Be(0.85m);
    }

    [Fact]
    public void A_pack_file_may_succeed_one_named_before_it()
    {
        File.Copy(PackFiles.SamplePath, LaterPath);
        var next = PackFiles.Successor();
        next["id"] = "baotou-2026-y";
        next["succeeds"] = "baotou-2025-x";
        next["publishedOn"] = "2025-12-01";
        next["effectiveFrom"] = "2026-01-01";
        next["parameters"] = new JsonArray();
        File.WriteAllText(Path.Combine(_folder, "next.json"), next.ToJsonString());
        WriteCase("baotou-2023-149", "./later-notice.json", "./next.json");

        var caseFile = ReadCase();

        caseFile.Packs[2].Read(Baotou149.TransferLicenceNetIncomeShare, new LocalDate(2026, 1, 1)).Value.Should().Be(0.85m);
    }

    [Fact]
    public void A_missing_pack_file_is_named_with_where_it_was_looked_for()
    {
        WriteCase("baotou-2023-149", "./missing.json");

        Problems(ReadCase).Should().Equal(
            $"$.packs[1]: names pack file './missing.json', which does not exist (looked for {Path.Combine(_folder, "missing.json")}, relative to the folder of case file '{CasePath}')");
    }

    [Fact]
    public void A_refused_pack_file_is_named_with_each_of_its_own_problems()
    {
        var later = PackFiles.Successor();
        later["parameters"]![0]!["values"]![0]!["value"] = 1.20m;
        later["supersedes"] = "baotou-2023-149";
        File.WriteAllText(LaterPath, later.ToJsonString());
        WriteCase("baotou-2023-149", "./later-notice.json");

        var where = $"names pack file './later-notice.json' ({LaterPath}, relative to the folder of case file '{CasePath}'), which is refused";
        Problems(ReadCase).Should().Equal(
            $"$.packs[1]: {where}: $.supersedes: unknown field; known fields: $schema, id, documentNumber, title, issuedBy, level, publishedOn, effectiveFrom, ruleSet, succeeds, changes, readings, parameters",
            $"$.packs[1]: {where}: $.parameters[0].values[0].value: must be a rate from 0 to 1 (0.85 is 85%); was 1.20 (120%)");
    }

    [Fact]
    public void An_unknown_shipped_id_beside_a_pack_file_is_named_by_its_entry()
    {
        File.Copy(PackFiles.SamplePath, LaterPath);
        WriteCase("baotou-2099", "./later-notice.json");

        Problems(ReadCase).Should().Equal("$.packs[0]: 'baotou-2099' is not a pack the library ships; known packs: baotou-2023-149, cn-law-2015-art45");
    }

    [Fact]
    public void A_case_file_read_from_text_alone_cannot_find_a_pack_file()
    {
        File.Copy(PackFiles.SamplePath, LaterPath);
        WriteCase("baotou-2023-149", "./later-notice.json");

        Problems(() => CaseFile.Parse(File.ReadAllText(CasePath))).Should().Equal(
            "$.packs[1]: names pack file './later-notice.json', which is found relative to the case file's folder: read the case file with its path");
    }

    [Fact]
    public void A_policy_case_naming_a_pack_file_checks_the_values_it_gives()
    {
        var source = Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases", "19-later-pack-file-from-its-own-date.json");
        var copy = Path.Combine(_folder, "19-wrong.json");
        File.WriteAllText(copy, File.ReadAllText(source)
            .Replace("./packs/baotou-2025-x.pack.json", "./later-notice.json", StringComparison.Ordinal)
            .Replace("\"minimumAmount\": 765000.0", "\"minimumAmount\": 765000.01", StringComparison.Ordinal));
        File.Copy(PackFiles.SamplePath, LaterPath);

        using var stream = File.OpenRead(copy);
        var result = PolicyCaseFile.Parse(stream, copy).Verify();

        result.FirstDifference.Should().Be("entitlement 149-8-transfer-licence-net-income on C2: expected minimum amount 765,000.01, found 765,000.00 (900,000.00 × 85%)");
    }

    [Fact]
    public void A_policy_case_naming_a_missing_pack_file_is_refused_naming_the_entry()
    {
        var source = Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases", "19-later-pack-file-from-its-own-date.json");
        var copy = Path.Combine(_folder, "19.json");
        File.Copy(source, copy);
        var missing = Path.Combine(_folder, "packs", "baotou-2025-x.pack.json");

        var act = () =>
        {
            using var stream = File.OpenRead(copy);
            return PolicyCaseFile.Parse(stream, copy);
        };

        Problems(act).Should().Equal(
            $"$.packs[1]: names pack file './packs/baotou-2025-x.pack.json', which does not exist (looked for {missing}, relative to the folder of policy case '{copy}')");
    }

    [Fact]
    public void The_policy_cases_copy_of_the_sample_pack_is_the_sample_pack()
    {
        // Policy case 19 reads its pack file in its own folder (issue 23): the copy must not drift from the sample.
        var root = ConventionTests.RepositoryRoot();
        var copy = File.ReadAllText(Path.Combine(root, "tests", "policy-cases", "packs", "baotou-2025-x.pack.json"));
        var sample = File.ReadAllText(Path.Combine(root, "samples", "packs", "baotou-2025-x.pack.json"));

        copy.Should().Be(sample.Replace("\"../../docs/", "\"../../../docs/", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteCase(params string[] packs)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-university-transfer.json")))!;
        json["packs"] = new JsonArray(packs.Select(p => (JsonNode)p).ToArray());
        File.WriteAllText(CasePath, json.ToJsonString());
    }

    private CaseFile ReadCase()
    {
        using var stream = File.OpenRead(CasePath);
        return CaseFile.Parse(stream, CasePath);
    }

    private static IReadOnlyList<string> Problems<T>(Func<T> read)
    {
        var act = () => read();
        return act.Should().Throw<IncentiveValidationException>().Which.Problems.Select(p => $"{p.Field}: {p.Reason}").ToArray();
    }
}
