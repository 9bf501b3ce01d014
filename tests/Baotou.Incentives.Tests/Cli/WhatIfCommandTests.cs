using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.WhatIf;
using NodaTime;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// <c>whatif CASE --set PARAMETER=VALUE [--from DATE]</c> and <c>whatif CASE --pack CHANGED.json</c> print what
/// <see cref="IncentiveEngine.WhatIf(IncentiveCase, LocalDate, PolicyPack)"/> reports, computed here from the engine, for the
/// transfer case of README.md's "Several policies at once" section; and every refusal, in plain words with exit code 2.
/// </summary>
public sealed class WhatIfCommandTests : IDisposable
{
    private static readonly LocalDate Date = new(2025, 12, 31);
    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-whatif-").FullName;

    // README.md: a university transfers an achievement for 900,000.00, all received ten days after signing; no rule, no deductions.
    private static IncentiveCase Transfer(LocalDate signedOn) => new IncentiveCaseBuilder("2025-transfer")
        .Unit("U1", "包头某大学", UnitKind.University)
        .Achievement("A1", "U1", "稀土永磁材料", "张团队")
        .Contract("C1", "A1", TransformationMode.Transfer, signedOn, 900_000m)
        .Payment("P1", "C1", signedOn.PlusDays(10), 900_000m)
        .Build();

    private string CaseFileOf(LocalDate signedOn)
    {
        var path = Path.Combine(_folder, $"transfer-{signedOn:uuuu-MM-dd}.json");
        File.WriteAllText(path, CaseFile.Write(Transfer(signedOn), Date, []));
        return path;
    }

    // 900,000.00 received, no deductions: 149号（八） 80% = 720,000.00, at 85% = 765,000.00; the law's 第四十五条（一） 50% =
    // 450,000.00 stays set aside under the higher floor.
    private static string[] Expected(string header) =>
    [
        header,
        "No. 149 (8) the completing team [149-8-transfer-licence-net-income/C1], rate: 80% → 85%",
        "No. 149 (8) the completing team [149-8-transfer-licence-net-income/C1], amount (yuan): 720,000.00 → 765,000.00",
        "No. 149 and art. 45: both are floors [149-floors-higher-governs/law2015-45-1-net-income/C1], reason: both are floors, and meeting the higher meets the lower: 720,000.00 yuan (80%, No. 149 (8)) is at least 450,000.00 yuan (50%, Law on Promoting the Transformation of S&T Achievements, art. 45 (1)) → both are floors, and meeting the higher meets the lower: 765,000.00 yuan (85%, No. 149 (8)) is at least 450,000.00 yuan (50%, Law on Promoting the Transformation of S&T Achievements, art. 45 (1))",
        "3 changes",
    ];

    [Theory]
    [InlineData("85%")]
    [InlineData("0.85")]
    public void Whatif_set_prints_the_changes_engine_WhatIf_reports_for_the_readmes_example(string value)
    {
        var signedOn = new LocalDate(2025, 3, 1);
        var comparison = new IncentiveEngine().WhatIf(Transfer(signedOn), Date, Baotou149.Pack.WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m));

        var (code, output, error) = Run("whatif", CaseFileOf(signedOn), "--set", "149.8.transfer-licence-net-income-share=" + value, "--lang", "en");

        code.Should().Be(0);
        error.Should().BeEmpty();
        comparison.Changes.Select(c => $"{c.OutcomeId} {c.Field}").Should().Equal(
            "149-8-transfer-licence-net-income/C1 Rate", "149-8-transfer-licence-net-income/C1 MinimumAmount", "149-floors-higher-governs/law2015-45-1-net-income/C1 Reason");
        output.Should().Be(Lines(Expected("case 2025-transfer on 2025-12-31, baotou-2023-149 with 149.8.transfer-licence-net-income-share = 85%:")));
    }

    [Fact]
    public void Whatif_speaks_chinese_by_default_with_no_json_in_its_lines()
    {
        var (code, output, _) = Run("whatif", CaseFileOf(new LocalDate(2025, 3, 1)), "--set", "149.8.transfer-licence-net-income-share=85%");

        code.Should().Be(0);
        output.Should().Be(Lines(
            "案件 2025-transfer（评估日 2025-12-31），baotou-2023-149 取 149.8.transfer-licence-net-income-share = 85%：",
            "149号·（八） 成果完成团队 [149-8-transfer-licence-net-income/C1]，比例：80% → 85%",
            "149号·（八） 成果完成团队 [149-8-transfer-licence-net-income/C1]，金额（元）：720,000.00 → 765,000.00",
            "149号·第四十五条·均为下限 [149-floors-higher-governs/law2015-45-1-net-income/C1]，理由：均为下限，达到较高者即达到较低者：720,000.00 元（80%，149号·（八））不低于 450,000.00 元（50%，促进科技成果转化法·第四十五条（一）） → 均为下限，达到较高者即达到较低者：765,000.00 元（85%，149号·（八））不低于 450,000.00 元（50%，促进科技成果转化法·第四十五条（一））",
            "3 处变化"));
        output.Should().NotContain("{\"code\"");
    }

    [Fact]
    public void Whatif_as_json_gives_each_change_with_its_values_and_its_words()
    {
        var (code, output, error) = Run("whatif", CaseFileOf(new LocalDate(2025, 3, 1)), "--set", "149.8.transfer-licence-net-income-share=85%", "--format", "json", "-l", "en");

        code.Should().Be(0);
        error.Should().BeEmpty();
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("case").GetString().Should().Be("2025-transfer");
        root.GetProperty("evaluationDate").GetString().Should().Be("2025-12-31");
        root.GetProperty("pack").GetString().Should().Be("baotou-2023-149");
        root.GetProperty("tried").GetString().Should().Be("baotou-2023-149 with 149.8.transfer-licence-net-income-share = 85%");
        var amount = root.GetProperty("changes")[1];
        amount.GetProperty("outcome").GetString().Should().Be("149-8-transfer-licence-net-income/C1");
        amount.GetProperty("rule").GetString().Should().Be("149-8-transfer-licence-net-income");
        amount.GetProperty("kind").GetString().Should().Be("changed");
        amount.GetProperty("field").GetString().Should().Be("MinimumAmount");
        amount.GetProperty("before").GetString().Should().Be("720,000.00");
        amount.GetProperty("after").GetString().Should().Be("765,000.00");
        amount.GetProperty("text").GetString().Should().Be("No. 149 (8) the completing team [149-8-transfer-licence-net-income/C1], amount (yuan): 720,000.00 → 765,000.00");
        root.GetProperty("changes").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Whatif_set_from_a_date_is_an_amendment_that_moves_only_events_on_or_after_it()
    {
        var from = new LocalDate(2025, 7, 1);
        var amended = Baotou149.Pack.WithAmendment(Baotou149.TransferLicenceNetIncomeShare, from, 0.85m, "what-if: 149.8.transfer-licence-net-income-share = 85% from 2025-07-01");
        var comparison = new IncentiveEngine().WhatIf(Transfer(from), Date, amended);

        var before = Run("whatif", CaseFileOf(new LocalDate(2025, 6, 30)), "--set", "149.8.transfer-licence-net-income-share=85%", "--from", "2025-07-01", "-l", "en");
        var on = Run("whatif", CaseFileOf(from), "--set", "149.8.transfer-licence-net-income-share=85%", "--from", "2025-07-01", "-l", "en");

        before.Code.Should().Be(0);
        before.Out.Should().Be(Lines("case 2025-transfer on 2025-12-31, baotou-2023-149 with 149.8.transfer-licence-net-income-share = 85% from 2025-07-01:", "nothing moved"));
        on.Code.Should().Be(0);
        comparison.Changes.Should().HaveCount(3);
        on.Out.Should().Be(Lines(Expected("case 2025-transfer on 2025-12-31, baotou-2023-149 with 149.8.transfer-licence-net-income-share = 85% from 2025-07-01:")));
    }

    [Fact]
    public void Whatif_pack_tries_a_changed_pack_file_in_place_of_the_pack_of_its_id()
    {
        var signedOn = new LocalDate(2025, 3, 1);
        var changed = Baotou149.Pack.WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);
        var file = Path.Combine(_folder, "changed.pack.json");
        File.WriteAllText(file, PackFile.Write(changed));
        var comparison = new IncentiveEngine().WhatIf(Transfer(signedOn), Date, changed);

        var (code, output, _) = Run("whatif", CaseFileOf(signedOn), "--pack", file, "--lang", "en");

        code.Should().Be(0);
        comparison.Changes.Should().HaveCount(3);
        output.Should().Be(Lines(Expected($"case 2025-transfer on 2025-12-31, baotou-2023-149 as in {file}:")));
    }

    [Fact]
    public void A_pack_file_whose_id_is_not_one_of_the_cases_packs_is_refused()
    {
        var transfer = CaseFileOf(new LocalDate(2025, 7, 1));

        var (code, output, error) = Run("whatif", transfer, "--pack", PackOptionTests.Successor);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{PackOptionTests.Successor}: pack 'baotou-2025-x' is not one of the packs of {transfer} (baotou-2023-149, cn-law-2015-art45); a what-if tries a changed copy of one of them under its id: give the file that id, or add a pack of its own with 'evaluate {transfer} --pack {PackOptionTests.Successor}'"));
    }

    [Fact]
    public void An_unknown_parameter_is_named_with_the_closest_one_and_a_value_out_of_range_with_the_range_all_at_once()
    {
        var (code, output, error) = Run("whatif", CaseFileOf(new LocalDate(2025, 3, 1)),
            "--set", "149.8.transfer-licence-net-incme-share=85%", "--set", "149.8.equity-share=120%", "--set", "149.2.minimum-use-right-years=10%", "--set", "oops");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines(
            "--set 149.8.transfer-licence-net-incme-share=85%: '149.8.transfer-licence-net-incme-share' is not a parameter of the case's packs (baotou-2023-149, cn-law-2015-art45); did you mean 149.8.transfer-licence-net-income-share?",
            "--set 149.8.equity-share=120%: must be a rate from 0 to 1 or from 0% to 100% (0.85 or 85%); was '120%'",
            "--set 149.2.minimum-use-right-years=10%: must be a whole number of years from 1 to 100; was '10%'",
            "--set must be PARAMETER=VALUE, e.g. 149.8.transfer-licence-net-income-share=85%; was 'oops'"));
    }

    [Theory]
    [InlineData(new string[0], "whatif: give --set PARAMETER=VALUE (e.g. --set 149.8.transfer-licence-net-income-share=85%) or --pack CHANGED.json")]
    [InlineData(new[] { "--set", "149.8.equity-share=0.9", "--pack", "x.json" }, "whatif: give --set or --pack, not both: a what-if changes one pack, by values or as a file")]
    [InlineData(new[] { "--from", "2025-07-01", "--pack", "x.json" }, "whatif: --from goes with --set: the date from which the value set applies")]
    [InlineData(new[] { "--set", "149.8.equity-share=0.9", "--from", "1 July" }, "--from must be a date such as 2025-07-01; was '1 July'")]
    [InlineData(new[] { "--set", "149.8.equity-share=0.9", "--set", "law2015.45.equity-share=0.6" }, "--set changes one pack at a time; these are set by baotou-2023-149 and cn-law-2015-art45: ask one what-if for each")]
    [InlineData(new[] { "--set", "149.8.equity-share=0.9", "--set", "149.8.equity-share=85%" }, "--set names '149.8.equity-share' more than once")]
    public void Whatif_says_what_it_needs(string[] options, string message)
    {
        var (code, _, error) = Run(["whatif", CaseFileOf(new LocalDate(2025, 3, 1)), .. options]);

        code.Should().Be(2);
        error.Should().Be(Lines(message));
    }

    [Fact]
    public void A_parameter_two_of_the_cases_packs_set_is_refused_pointing_to_a_pack_file()
    {
        // The case names 149号 and the successor's file beside it: both set the share of a transfer's net income.
        File.Copy(PackOptionTests.Successor, Path.Combine(_folder, "later.pack.json"));
        var both = Path.Combine(_folder, "both.json");
        var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CaseFileOf(new LocalDate(2025, 7, 1))))!;
        named["packs"] = new System.Text.Json.Nodes.JsonArray("baotou-2023-149", "./later.pack.json");
        File.WriteAllText(both, named.ToJsonString());

        var (code, output, error) = Run("whatif", both, "--set", "149.8.transfer-licence-net-income-share=90%");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines("--set 149.8.transfer-licence-net-income-share=90%: '149.8.transfer-licence-net-income-share' is set by baotou-2023-149 and baotou-2025-x; to change one of them, write it as a pack file and give --pack"));
    }

    [Fact]
    public void The_readmes_whatif_example_prints_the_lines_it_shows()
    {
        // README.md shows the command and, below it, each line it prints after "# ": run it from the repository's root.
        var root = Conventions.ConventionTests.RepositoryRoot();
        var lines = File.ReadAllLines(Path.Combine(root, "README.md"));
        var at = Array.FindIndex(lines, l => l.StartsWith("baotou-incentives whatif samples/successor/", StringComparison.Ordinal));
        at.Should().BeGreaterThan(0);
        var args = lines[at]["baotou-incentives ".Length..].Split(' ');
        args[1] = Path.Combine(root, args[1]);
        var shown = lines.Skip(at + 1).TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l[2..]).ToArray();

        var (code, output, _) = Run(args);

        code.Should().Be(0);
        shown.Should().NotBeEmpty();
        output.Should().Be(Lines(shown));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
