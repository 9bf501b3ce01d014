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
    public void The_summary_has_a_row_per_entitlement_of_each_single_evaluation()
    {
        Run("evaluate", SampleCases, "--out-dir", Out).Code.Should().Be(0);

        var rows = Csv(Path.Combine(Out, "summary.csv"));
        rows[0].Should().Equal("case", "outcome", "clause", "beneficiary", "amount", "modality", "status", "file", "record", "problems");

        var expected = new List<string[]>();
        foreach (var file in Directory.GetFiles(SampleCases, "*.json").Order(StringComparer.Ordinal))
        {
            var decision = CaseFile.Parse(File.ReadAllText(file)).Evaluate().Decision;
            var record = Path.Combine(Out, Path.GetFileNameWithoutExtension(file) + ".record.json");
            var entitlements = decision.Entitlements.Select(e => (e, "granted")).Concat(decision.SupersededEntitlements.Select(e => (e, "set aside"))).ToArray();
            expected.AddRange(entitlements.Length == 0
                ? [[decision.CaseId, "", "", "", "", "", "no entitlement", file, record, ""]]
                : entitlements.Select(x => new[]
                {
                    decision.CaseId, x.e.Id, x.e.Clause, x.e.Beneficiary.ToString(),
                    Fen.Round(x.e.MinimumAmount).ToString("0.00", CultureInfo.InvariantCulture), x.e.Modality.ToString(), x.Item2, file, record, "",
                }));
        }

        rows.Skip(1).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());

        // Worked by hand for the university transfer: 2,400,000.00 received, 200,000.00 deducted, net 2,200,000.00.
        // The modality is the verb of the sentence applied: 可享有, 给予不低于, 推荐争取, 按…不低于…给予.
        string[] Amounts(string caseId) => rows.Where(r => r[0] == caseId).Select(r => $"{r[3]} {r[4]} {r[5]} {r[6]}").ToArray();
        Amounts("sample-university-transfer").Should().Equal(
            "CompletingTeam 1760000.00 OwedMinimum granted",             // （八）2,200,000.00 × 80%, owed, beside the 90% it may enjoy
            "CompletingTeam 1980000.00 MayEnjoy granted",                // （八）national award: 2,200,000.00 × 90%
            "TransferOfficeStaff 110000.00 OwedMinimum granted",         // （五）2,200,000.00 × 5%
            "TransferringUnit 480000.00 RecommendedToSeek granted");     // （七）2,400,000.00 received × 20%
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
        var refused = Csv(Path.Combine(Out, "summary.csv")).Where(r => r[6] == "refused").Should().ContainSingle().Subject;
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
        var (code, output, _) = Run(interactive: true, "evaluate", Path.Combine(SampleCases, "sample-university-transfer.json"), "--out-dir", Out);

        code.Should().Be(0);
        var header = output.Split('\n').First(l => l.Contains("beneficiary", StringComparison.Ordinal));
        header.Should().MatchRegex(@"case\s.*beneficiary\s.*amount\s.*modality\s.*status\s.*file");
        output.Should().Contain("1,980,000.00").And.Contain("1,760,000.00").And.Contain("granted")
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
