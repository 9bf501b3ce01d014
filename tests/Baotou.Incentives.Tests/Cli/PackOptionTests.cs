using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// <c>--pack FILE</c> on evaluate, verify, replay and explain, with the README's successor as a pack file alone
/// (baotou-2025-x: 包府办发〔2025〕X号, 85% of a transfer's net income from 2025-07-01, succeeding 149号). Expected amounts are
/// worked by hand: 900,000.00 net income × 80% = 720,000.00 under 149号; × 85% = 765,000.00 under the successor.
/// </summary>
public sealed class PackOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-packs-").FullName;

    internal static string Successor => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "packs", "baotou-2025-x.pack.json");

    internal static string TransferSignedOn(string date) => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "successor", $"transfer-signed-{date}.json");

    private static string Sample(string name) => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", name);

    private string InFolder(string name, string? text = null)
    {
        var path = Path.Combine(_folder, name);
        if (text is not null)
        {
            File.WriteAllText(path, text);
        }

        return path;
    }

    // 149号 itself with the 85% of the README's what-if: a changed copy under the shipped id.
    private string Changed149() =>
        InFolder("changed-149.pack.json", PackFile.Write(Baotou149.Pack.WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m)));

    [Fact]
    public void The_successor_as_a_pack_file_alone_keeps_80_percent_before_its_date_and_gives_85_percent_from_it_naming_the_pack()
    {
        var before = Run("evaluate", TransferSignedOn("2025-06-30"), "--pack", Successor);
        var after = Run("evaluate", TransferSignedOn("2025-07-01"), "--pack", Successor);

        before.Code.Should().Be(0);
        after.Code.Should().Be(0);
        before.Err.Should().BeEmpty();
        var kept = DecisionRecord.Parse(before.Out).Decision;
        var raised = DecisionRecord.Parse(after.Out).Decision;
        kept.PackIds.Should().Equal("baotou-2023-149", "baotou-2025-x", "cn-law-2015-art45");
        kept.Entitlements.Should().ContainSingle().Which.Should().Match<Outcomes.Entitlement>(e =>
            e.Id == "149-8-transfer-licence-net-income/C1" && e.Rate == 0.80m && e.MinimumAmount == 720_000m);
        raised.Entitlements.Should().ContainSingle().Which.Should().Match<Outcomes.Entitlement>(e =>
            e.Id == "149-8-transfer-licence-net-income@baotou-2025-x/C1" && e.Rate == 0.85m && e.MinimumAmount == 765_000m);
        raised.SupersededEntitlements.Select(e => e.Id).Should().Contain("149-8-transfer-licence-net-income/C1");
    }

    [Fact]
    public void A_case_file_that_names_a_pack_file_beside_it_is_evaluated_under_it_alone_and_in_a_batch()
    {
        // The 2025-07-01 transfer naming 149号 and the successor's file by a path relative to its own folder: 85% = 765,000.00.
        File.Copy(Successor, InFolder("later-notice.pack.json"));
        var text = File.ReadAllText(TransferSignedOn("2025-07-01"));
        var named = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        named["packs"] = new System.Text.Json.Nodes.JsonArray("baotou-2023-149", "./later-notice.pack.json");
        var caseFile = InFolder("case.json", named.ToJsonString());

        var single = Run("evaluate", caseFile);
        var many = Run("evaluate", caseFile, "--out-dir", Path.Combine(_folder, "records"));

        single.Code.Should().Be(0, single.Err);
        DecisionRecord.Parse(single.Out).Decision.Entitlements.Should().ContainSingle().Which.Should().Match<Outcomes.Entitlement>(e =>
            e.Id == "149-8-transfer-licence-net-income@baotou-2025-x/C1" && e.MinimumAmount == 765_000m);
        many.Code.Should().Be(0, many.Err);
        File.ReadAllText(Path.Combine(_folder, "records", "summary.csv")).Should().Contain("149-8-transfer-licence-net-income@baotou-2025-x/C1");
    }

    [Fact]
    public void Cases_in_one_batch_that_name_different_pack_files_of_one_id_are_each_decided_under_their_own()
    {
        // Two folders, each with a case naming "./later.pack.json" of id baotou-2025-x: 85% in one, 90% in the other.
        // 900,000.00 × 85% = 765,000.00 and × 90% = 810,000.00; one engine for both would give one of them the other's pack.
        var cases = new List<string>();
        foreach (var (folder, share) in new[] { ("a", "0.85"), ("b", "0.90") })
        {
            var dir = Directory.CreateDirectory(Path.Combine(_folder, folder)).FullName;
            File.WriteAllText(Path.Combine(dir, "later.pack.json"), File.ReadAllText(Successor).Replace("\"value\": 0.85", $"\"value\": {share}", StringComparison.Ordinal));
            var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TransferSignedOn("2025-07-01")))!;
            named["id"] = "transfer-" + folder;
            named["packs"] = new System.Text.Json.Nodes.JsonArray("baotou-2023-149", "./later.pack.json");
            cases.Add(Path.Combine(dir, $"case-{folder}.json"));
            File.WriteAllText(cases[^1], named.ToJsonString());
        }

        var records = Path.Combine(_folder, "records");
        var (code, _, error) = Run("evaluate", cases[0], cases[1], "--out-dir", records);

        code.Should().Be(0, error);
        DecisionRecord.Parse(File.ReadAllText(Path.Combine(records, "case-a.record.json"))).Decision.Entitlements.Single().MinimumAmount.Should().Be(765_000m);
        DecisionRecord.Parse(File.ReadAllText(Path.Combine(records, "case-b.record.json"))).Decision.Entitlements.Single().MinimumAmount.Should().Be(810_000m);
    }

    [Fact]
    public void Evaluate_of_many_applies_the_pack_file_to_every_case()
    {
        var cases = Path.GetDirectoryName(TransferSignedOn("2025-07-01"))!;
        var records = Path.Combine(_folder, "records");

        var (code, output, error) = Run("evaluate", cases, "--out-dir", records, "--pack", Successor);

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().EndWith(Lines($"2 evaluated, 0 failed; records and summary.csv in {records}"));
        File.ReadAllText(Path.Combine(records, "summary.csv")).Should().Contain("149-8-transfer-licence-net-income@baotou-2025-x/C1")
            .And.Contain("149-8-transfer-licence-net-income/C1");
    }

    [Fact]
    public void A_pack_file_with_the_id_of_a_pack_already_applied_is_refused_pointing_to_whatif()
    {
        var changed = Changed149();
        var transfer = TransferSignedOn("2025-06-30");

        var (code, output, error) = Run("evaluate", transfer, "--pack", changed);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines($"{changed}: pack 'baotou-2023-149' is already applied to {transfer}; give the pack file its own id (a later policy names the pack it follows in \"succeeds\"), or try it in place of 'baotou-2023-149' with 'whatif {transfer} --pack {changed}'"));
    }

    [Fact]
    public void Evaluate_of_many_refuses_each_case_that_already_applies_the_pack_files_id_and_exits_1()
    {
        var changed = Changed149();
        var records = Path.Combine(_folder, "records");

        var (code, output, _) = Run("evaluate", TransferSignedOn("2025-06-30"), TransferSignedOn("2025-07-01"), "--out-dir", records, "--pack", changed);

        code.Should().Be(1);
        output.Should().Contain($"FAIL {TransferSignedOn("2025-06-30")}: {changed}: pack 'baotou-2023-149' is already applied to {TransferSignedOn("2025-06-30")}; give the pack file its own id")
            .And.EndWith(Lines($"0 evaluated, 2 failed; records and summary.csv in {records}"));
    }

    [Fact]
    public void The_same_pack_file_twice_is_refused()
    {
        var copy = InFolder("copy.pack.json", File.ReadAllText(Successor));

        var (code, _, error) = Run("evaluate", TransferSignedOn("2025-07-01"), "--pack", Successor, "--pack", copy);

        code.Should().Be(2);
        error.Should().Be(Lines($"{copy}: pack 'baotou-2025-x' is given twice (also by {Successor}); give each pack file its own id"));
    }

    [Fact]
    public void An_invalid_pack_file_is_refused_naming_the_file_and_every_problem_with_its_path()
    {
        var bad = InFolder("bad.pack.json", File.ReadAllText(Successor)
            .Replace("\"value\": 0.85,", "\"value\": 1.20,", StringComparison.Ordinal)
            .Replace("\"level\": \"Municipal\",", "\"level\": \"Municipal\",\n  \"colour\": \"red\",", StringComparison.Ordinal)
            .Replace("\"reference\": \"包府办发〔2025〕X号（一）成果转让或许可取得的净收入……不低于 85% 的比例\"\n        }",
                "\"reference\": \"包府办发〔2025〕X号（一）\"\n        },\n        { \"effectiveFrom\": \"2025-06-01\", \"value\": 0.9, \"reference\": \"earlier\" }", StringComparison.Ordinal));
        var missing = InFolder("missing.pack.json");

        var (code, output, error) = Run("evaluate", TransferSignedOn("2025-07-01"), "--pack", bad, "--pack", missing);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith($"{bad}: invalid pack file:{Environment.NewLine}  ")
            .And.Contain("$.colour: unknown field")
            .And.Contain("$.parameters[0].values[0].value: must be a rate from 0 to 1")
            .And.Contain("$.parameters[0].values[1].effectiveFrom: is 2025-06-01, before the value above it (2025-07-01)")
            .And.EndWith(Lines($"{missing}: no such file"));
    }

    [Fact]
    public void Verify_applies_pack_files_beside_each_policy_case()
    {
        var policyCase = Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases", "01-major-project-at-threshold.json");
        var changed = Changed149();

        var passes = Run("verify", policyCase, "--pack", Successor);
        var clash = Run("verify", policyCase, "--pack", changed);

        // The successor is in force from 2025-07-01; the case's contract of 2024-03-01 is 149号's alone.
        passes.Code.Should().Be(0);
        passes.Out.Should().Be(Lines("PASS 01-major-project-at-threshold.json: （七）200 万元 exactly is recommended to seek [149号·（七）]", "1 passed, 0 failed"));
        clash.Code.Should().Be(2);
        clash.Out.Should().Be(Lines(
            $"FAIL 01-major-project-at-threshold.json: {changed}: pack 'baotou-2023-149' is already applied to {policyCase}; give the pack file its own id (a later policy names the pack it follows in \"succeeds\")",
            "0 passed, 1 failed"));
    }

    [Fact]
    public void Replay_checks_a_pack_file_against_the_recorded_pack_of_its_id()
    {
        var record = InFolder("record.json");
        Run("evaluate", Sample("sample-university-transfer.json"), "--out", record).Code.Should().Be(0);
        var same = InFolder("same-149.pack.json", PackFile.Write(Baotou149.Pack));
        var changed = Changed149();

        var matches = Run("replay", record, "--pack", same);
        var differs = Run("replay", record, "--pack", changed);
        var absent = Run("replay", record, "--pack", Successor);

        matches.Code.Should().Be(0);
        matches.Out.Should().Be(Lines("reproduced; unsigned", NotVerified, $"{same}: the same as pack 'baotou-2023-149' as {record} records it"));
        differs.Code.Should().Be(1);
        differs.Out.Should().Be(Lines("reproduced; unsigned", NotVerified,
            $"{changed}: differs from pack 'baotou-2023-149' as {record} records it: 149.8.transfer-licence-net-income-share recorded 80% from 2023-12-18, file 85% from 2023-12-18"));
        absent.Code.Should().Be(1);
        absent.Out.Should().Be(Lines("reproduced; unsigned", NotVerified, $"{Successor}: pack 'baotou-2025-x' is not one {record} was made under (its packs: baotou-2023-149, cn-law-2015-art45)"));
    }

    [Fact]
    public void A_record_made_under_a_pack_file_replays_as_reproduced_and_names_the_pack_that_is_not_shipped()
    {
        var record = InFolder("record.json");
        Run("evaluate", TransferSignedOn("2025-07-01"), "--pack", Successor, "--out", record).Code.Should().Be(0);

        var (code, output, error) = Run("replay", record, "--pack", Successor);

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(Lines(
            "reproduced; unsigned; made under packs not shipped with the library: baotou-2025-x (包府办发〔2025〕X号)",
            NotVerified,
            $"{Successor}: the same as pack 'baotou-2025-x' as {record} records it"));
    }

    [Fact]
    public void Explain_writes_no_report_when_a_pack_file_differs_from_the_recorded_pack()
    {
        var record = InFolder("record.json");
        Run("evaluate", Sample("sample-university-transfer.json"), "--out", record).Code.Should().Be(0);
        var changed = Changed149();
        var same = InFolder("same-149.pack.json", PackFile.Write(Baotou149.Pack));

        var differs = Run("explain", record, "--pack", changed);
        var matches = Run("explain", record, "--pack", same, "--lang", "en");

        differs.Code.Should().Be(1);
        differs.Out.Should().BeEmpty();
        differs.Err.Should().Be(Lines(
            $"{changed}: differs from pack 'baotou-2023-149' as {record} records it: 149.8.transfer-licence-net-income-share recorded 80% from 2023-12-18, file 85% from 2023-12-18",
            $"{record}: not explained: it was not made under the pack files given"));
        matches.Code.Should().Be(0);
        matches.Out.Should().Be(Run("explain", record, "--lang", "en").Out);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
