using Baotou.Incentives.Cli;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// The command-line tool, run in-process: evaluate, replay (exit 0 / 1 / 2), explain and verify. Split by topic:
/// <c>CommandLineMessagesTests</c> has one test per message, <c>EvaluateManyTests</c> the batch.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-").FullName;

    private static string Sample(string name) => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", name);

    private static (int Code, string Out, string Err) Run(params string[] args) => ToolRun.Run(args);

    private string Evaluated(string sample = "sample-university-transfer.json")
    {
        var record = Path.Combine(_folder, "record.json");
        Run("evaluate", Sample(sample), "--out", record).Code.Should().Be(0);
        return record;
    }

    [Fact]
    public void Evaluate_writes_a_record_that_replays_as_reproduced_with_exit_code_0()
    {
        var (code, output, _) = Run("replay", Evaluated());

        code.Should().Be(0);
        output.Should().Be(ToolRun.Lines("reproduced; unsigned", ToolRun.NotVerified));
    }

    [Fact]
    public void A_record_edited_by_hand_replays_as_tampered_with_exit_code_2()
    {
        var record = Evaluated();
        File.WriteAllText(record, File.ReadAllText(record).Replace("\"minimumAmount\": 1980000.00", "\"minimumAmount\": 1990000.00", StringComparison.Ordinal));

        var (code, output, _) = Run("replay", record);

        code.Should().Be(2);
        output.Should().StartWith("tampered");
    }

    [Fact]
    public void A_record_made_under_another_parameter_value_replays_as_diverged_with_exit_code_1()
    {
        var incentiveCase = Baotou.Incentives.Records.CaseFile.Parse(File.ReadAllText(Sample("sample-university-own-rule.json")));
        var raised = new IncentiveEngine([Baotou149.Pack.WithValue(Baotou149.SurplusResearcherShare, 0.95m)]);
        var record = Path.Combine(_folder, "raised.json");
        File.WriteAllText(record, raised.Record(incentiveCase.Case, incentiveCase.EvaluationDate).ToJson());

        var (code, output, _) = Run("replay", record);

        // The 500,000.00 surplus invested: recorded × 95% = 475,000.00, now × 90% = 450,000.00.
        code.Should().Be(1);
        output.Should().StartWith("diverged; first difference at $.entitlements[0].rate (149-9-surplus-invested/H-1): recorded 0.95, now 0.90")
            .And.Contain("parameter 149.9.surplus-researcher-share of baotou-2023-149 from 2023-12-18 changed: recorded 0.95, now 0.90")
            .And.EndWith("; recorded under another definition than the library's, so replayed under the library's: baotou-2023-149 (包府办发〔2023〕149号)" + Environment.NewLine + ToolRun.NotVerified + Environment.NewLine);
    }

    [Fact]
    public void A_malformed_record_is_invalid_with_exit_code_2_and_a_clear_message()
    {
        var record = Path.Combine(_folder, "broken.json");
        File.WriteAllText(record, "{ \"schemaVersion\": 9 }");

        var (code, _, error) = Run("replay", record);

        code.Should().Be(2);
        error.Should().Contain("$.schemaVersion: is 9; this library reads schema version 3 (a later library writes version 9: read the record with it)");
    }

    [Theory]
    [InlineData("md", "zh", "# 科技成果转化激励决定报告", "按现行规则重算，结果与记录一致")]
    [InlineData("md", "en", "# Decision report", "reproduced: the rules today give the recorded decision")]
    [InlineData("html", "en", "<!DOCTYPE html>", "reproduced: the rules today give the recorded decision")]
    public void Explain_writes_markdown_or_html_in_either_language_with_the_replay_verdict(string format, string lang, string start, string verdict)
    {
        var (code, output, _) = Run("explain", Evaluated(), "--format", format, "--lang", lang);

        code.Should().Be(0);
        output.Should().StartWith(start).And.Contain("149-8-national-award-transfer/C-2024-0317").And.Contain(verdict);
    }

    [Fact]
    public void Verify_passes_the_repositorys_policy_cases_with_exit_code_0()
    {
        var folder = Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases");
        var (code, output, _) = Run("verify", folder);

        // Counted from the folder, so a new policy case does not mean editing this line.
        var cases = Directory.GetFiles(folder, "*.json").Length;
        code.Should().Be(0);
        output.Should().Contain("PASS 01-major-project-at-threshold.json").And.Contain("PASS 19-later-pack-file-from-its-own-date.json").And.EndWith($"{cases} passed, 0 failed{Environment.NewLine}");
    }

    [Fact]
    public void Verify_fails_with_exit_code_1_naming_the_first_difference()
    {
        var source = File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases", "07-surplus-ninety-percent.json"));
        File.WriteAllText(Path.Combine(_folder, "wrong.json"), source.Replace("270000.0", "280000.0", StringComparison.Ordinal));

        var (code, output, _) = Run("verify", _folder);

        code.Should().Be(1);
        output.Should().Contain("FAIL wrong.json: （九）researchers hold at least 90% of a surplus invested in transformation [149号·（九）]: entitlement 149-9-surplus-invested on H1: expected minimum amount 280,000.00, found 270,000.00 (300,000.00 × 90%)");
    }

    [Fact]
    public void Verify_at_a_terminal_shows_a_table_and_keeps_the_closing_count()
    {
        var folder = Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases");
        var (code, output, _) = ToolRun.Run(interactive: true, "verify", folder);

        code.Should().Be(0);
        var header = output.Split('\n').First(l => l.Contains("result", StringComparison.Ordinal));
        header.Should().MatchRegex(@"result\s.*file\s.*case");
        output.Should().Contain("01-major-project-at-threshold.json").And.NotContain("PASS 01-")
            .And.EndWith($"{Directory.GetFiles(folder, "*.json").Length} passed, 0 failed{Environment.NewLine}");
    }

    [Fact]
    public void Unknown_commands_are_named_with_the_closest_command_and_exit_code_2()
    {
        var (code, _, error) = Run("frobnicate");

        code.Should().Be(2);
        error.Should().Contain("Unrecognized command or argument 'frobnicate'.").And.Contain("run 'baotou-incentives --help' for usage");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
