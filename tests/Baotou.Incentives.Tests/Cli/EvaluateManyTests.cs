using System.Globalization;
using System.Text;
using Baotou.Incentives.Money;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// <c>evaluate</c> over many cases: one record per case (the same bytes as evaluating each file alone), a summary CSV whose
/// rows are the single evaluations' entitlements, and a bad case reported without stopping the others.
/// </summary>
public sealed class EvaluateManyTests : IDisposable
{
    private static readonly string SampleCases = Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases");

    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-many-").FullName;

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public void A_folder_of_eight_cases_gives_eight_records_each_the_same_bytes_as_evaluating_the_file_alone()
    {
        var (code, output, error) = Run("evaluate", SampleCases, "--out-dir", Out, "--jobs", "2");

        code.Should().Be(0);
        error.Should().BeEmpty();
        var cases = Directory.GetFiles(SampleCases, "*.json").Order(StringComparer.Ordinal).ToArray();
        cases.Should().HaveCount(8);
        Directory.GetFiles(Out, "*.record.json").Should().HaveCount(8);
        foreach (var file in cases)
        {
            var alone = Path.Combine(_folder, "alone.json");
            Run("evaluate", file, "--out", alone).Code.Should().Be(0);
            File.ReadAllBytes(Path.Combine(Out, Path.GetFileNameWithoutExtension(file) + ".record.json")).Should().Equal(File.ReadAllBytes(alone));
        }

        output.Should().EndWith(Lines($"8 evaluated, 0 failed; records and summary.csv in {Out}"))
            .And.Contain($"OK   {cases[^1]}: case sample-university-transfer, 4 entitlements -> {Path.Combine(Out, "sample-university-transfer.record.json")}");
    }

    [Fact]
    public void The_summary_has_a_row_per_entitlement_of_each_single_evaluation_in_chinese_by_default()
    {
        Run("evaluate", SampleCases, "--out-dir", Out).Code.Should().Be(0);

        var rows = Csv(Path.Combine(Out, "summary.csv"));
        rows[0].Should().Equal("案件", "结果编号", "条款", "受益人", "金额（元）", "政策用语", "状态", "案件文件", "决定记录", "问题");

        // One row per entitlement of each file evaluated alone, governing then set aside; a case with none has one row.
        var expected = new List<(string Case, string Outcome, string Amount)>();
        foreach (var file in Directory.GetFiles(SampleCases, "*.json").Order(StringComparer.Ordinal))
        {
            var decision = CaseFile.Parse(File.ReadAllText(file)).Evaluate().Decision;
            var entitlements = decision.Entitlements.Concat(decision.SupersededEntitlements).ToArray();
            expected.AddRange(entitlements.Length == 0
                ? [(decision.CaseId, "", "")]
                : entitlements.Select(e => (decision.CaseId, e.Id, Fen.Round(e.MinimumAmount).ToString("0.00", CultureInfo.InvariantCulture))));
        }

        rows.Skip(1).Select(r => (r[0], r[1], r[4])).Should().Equal(expected);
        rows.Skip(1).Select(r => r[6]).Should().NotContain(s => s.Contains("granted", StringComparison.Ordinal));

        // Worked by hand for the university transfer under the default packs (第四十五条 and 149号): 2,400,000.00 received by
        // 2025-06-30 (P-3's 600,000.00 after it), 200,000.00 deducted, net 2,200,000.00. The verb is the sentence's; the
        // status says owed only where the text says 应不低于.
        string[] Transfer(List<string[]> all) => all.Where(r => r[0] == "sample-university-transfer").Select(r => string.Join(" | ", r[2..7])).ToArray();
        Transfer(rows).Should().Equal(
            "149号·（八） | 成果完成团队 | 1760000.00 | 应不低于 | 应支付，不低于此数",          // 2,200,000.00 × 80%
            "149号·（八） | 成果完成团队 | 1980000.00 | 可享有 | 可享有，非单位必付之数",          // national award: × 90%
            "149号·（五） | 技术转移机构工作人员 | 110000.00 | 应不低于 | 应支付，不低于此数",  // × 5%
            "149号·（七） | 成果出让单位 | 480000.00 | 推荐争取 | 可争取，非应得",               // 2,400,000.00 received × 20%
            "促进科技成果转化法·第四十五条（一） | 成果完成团队 | 1100000.00 | 应不低于 | 另一数额已适用于同一受益人，不另计、不相加"); // × 50%, under 149号's higher floor
        rows.Single(r => r[0] == "sample-institute-channels")[6].Should().Be("无可享激励");
    }

    [Fact]
    public void The_summary_in_english_has_the_same_rows_in_english_words()
    {
        var (code, _, _) = Run("evaluate", Path.Combine(SampleCases, "sample-university-transfer.json"), "--out-dir", Out, "--lang", "en");

        code.Should().Be(0);
        var rows = Csv(Path.Combine(Out, "summary.csv"));
        rows[0].Should().Equal("case", "outcome", "clause", "beneficiary", "amount (yuan)", "what the text says", "status", "file", "record", "problems");
        rows.Skip(1).Select(r => string.Join(" | ", r[1..7])).Should().Equal(
            "149-8-transfer-licence-net-income/C-2024-0317 | No. 149 (8) | the completing team | 1760000.00 | must be at least | owed: at least this amount",
            "149-8-national-award-transfer/C-2024-0317 | No. 149 (8) | the completing team | 1980000.00 | may enjoy | may be claimed, not a floor the unit must pay",
            "149-5-transfer-office-staff-reward/T-1 | No. 149 (5) | the technology transfer office staff | 110000.00 | must be at least | owed: at least this amount",
            "149-7-regional-incentive/C-2024-0317 | No. 149 (7) | the transferring unit | 480000.00 | recommended to seek | to seek, not owed",
            "law2015-45-1-net-income/C-2024-0317 | Law on Promoting the Transformation of S&T Achievements, art. 45 (1) | the completing team | 1100000.00 | must be at least | set aside: another amount for the same people governs, never added");
    }

    [Fact]
    public void As_of_evaluates_every_case_on_that_date_instead_of_its_files()
    {
        // On 2025-09-01 P-3's 600,000.00 has come in: 3,000,000.00 received less 200,000.00 = 2,800,000.00 × 80% = 2,240,000.00;
        // the day before it has not: 2,200,000.00 × 80% = 1,760,000.00.
        var transfer = Path.Combine(SampleCases, "sample-university-transfer.json");
        Run("evaluate", transfer, "--out-dir", Out, "--as-of", "2025-09-01", "-l", "en").Code.Should().Be(0);
        var on = Csv(Path.Combine(Out, "summary.csv"))[1];
        Run("evaluate", transfer, "--out-dir", Out, "--as-of", "2025-08-31", "-l", "en").Code.Should().Be(0);
        var before = Csv(Path.Combine(Out, "summary.csv"))[1];

        on[4].Should().Be("2240000.00");
        before[4].Should().Be("1760000.00");
        File.ReadAllText(Path.Combine(Out, "sample-university-transfer.record.json")).Should().Contain("\"evaluationDate\": \"2025-08-31\"");
        CaseFile.Parse(File.ReadAllText(transfer)).EvaluationDate.Should().Be(new LocalDate(2025, 6, 30), "the file keeps its own date");
    }

    [Fact]
    public void A_folder_with_one_malformed_file_still_writes_the_other_seven_and_exits_1_naming_it()
    {
        var cases = Path.Combine(_folder, "cases");
        Directory.CreateDirectory(cases);
        foreach (var file in Directory.GetFiles(SampleCases, "*.json"))
        {
            File.Copy(file, Path.Combine(cases, Path.GetFileName(file)));
        }

        var bad = Path.Combine(cases, "sample-institute-equity.json");
        File.WriteAllText(bad, File.ReadAllText(bad)[..200]);

        var (code, output, _) = Run("evaluate", cases, "--out-dir", Out);

        code.Should().Be(1);
        Directory.GetFiles(Out, "*.record.json").Select(Path.GetFileName).Should().HaveCount(7).And.NotContain("sample-institute-equity.record.json");
        output.Should().Contain($"FAIL {bad}: JSON.$").And.EndWith(Lines($"7 evaluated, 1 failed; records and summary.csv in {Out}"));
        var refused = Csv(Path.Combine(Out, "summary.csv")).Where(r => r[6] == "未受理").Should().ContainSingle().Subject;
        refused[7].Should().Be(bad);
        refused[9].Should().StartWith("JSON.$");
    }

    [Fact]
    public void Several_files_are_evaluated_in_the_order_given_and_a_refused_case_names_every_problem()
    {
        var transfer = Path.Combine(SampleCases, "sample-university-transfer.json");
        var refused = Path.Combine(_folder, "refused.json");
        File.WriteAllText(refused, File.ReadAllText(transfer).Replace("\"evaluationDate\": \"2025-06-30\"", "\"evaluationDate\": \"0001-01-01\"", StringComparison.Ordinal));

        var (code, output, _) = Run("evaluate", refused, transfer, "--out-dir", Out);

        code.Should().Be(1);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith($"FAIL {refused}: ");
        lines[1].Should().StartWith($"OK   {transfer}: ");
    }

    [Fact]
    public void Two_case_files_of_the_same_name_are_refused_before_one_record_overwrites_the_other()
    {
        var other = Path.Combine(_folder, "sample-university-transfer.json");
        var transfer = Path.Combine(SampleCases, "sample-university-transfer.json");
        File.Copy(transfer, other);

        var (code, _, error) = Run("evaluate", transfer, other, "--out-dir", Out);

        code.Should().Be(2);
        error.Should().Be(Lines($"{transfer} and {other}: have the same name, so their records would overwrite each other in {Out}; evaluate them into different --out-dir folders"));
    }

    [Fact]
    public void A_person_at_a_terminal_gets_a_table_of_case_beneficiary_amount_modality_status_and_file()
    {
        var (code, output, _) = Run(interactive: true, "evaluate", Path.Combine(SampleCases, "sample-university-transfer.json"), "--out-dir", Out, "--lang", "en");

        code.Should().Be(0);
        var header = output.Split('\n').First(l => l.Contains("beneficiary", StringComparison.Ordinal));
        header.Should().MatchRegex(@"case\s.*clause\s.*beneficiary\s.*amount \(yuan\)\s.*what the text says\s.*status\s.*file");
        output.Should().Contain("1,980,000.00").And.Contain("1,760,000.00").And.Contain("to seek, not owed").And.NotContain("granted")
            .And.EndWith(Lines($"1 evaluated, 0 failed; records and summary.csv in {Out}"))
            .And.NotContain("OK   ");
    }

    // RFC 4180 as the summary writes it: UTF-8 with a byte-order mark, CRLF, quoted fields with doubled quotes.
    private static List<string[]> Csv(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[..3].Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); i++;
            }
            else { field.Append(c); }
        }

        return rows;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
