using System.Text.Json;
using Baotou.Incentives.Tests.Conventions;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// The command line as the .NET tools have it (issue 25): an option a command does not have is refused on every command
/// with the nearest one it has (exit 2), never read as a path; short aliases; examples under <c>--help</c>; zsh and fish
/// completion; <c>--as-of DATE</c>; and <c>--format json</c> on replay and verify with the shape docs/CLI.md gives.
/// </summary>
public sealed class CommandLineUsageTests : ToolFolderTests
{
    public CommandLineUsageTests()
        : base("baotou-cli-usage-")
    {
    }

    private static string PolicyCases => Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases");

    [Theory]
    [InlineData(new[] { "evaluate", "case.json", "--outdir", "recs" }, "evaluate: unknown option '--outdir'; did you mean '--out-dir'?", "evaluate")]
    [InlineData(new[] { "evaluate", "case.json", "--pak", "x.json" }, "evaluate: unknown option '--pak'; did you mean '--pack'?", "evaluate")]
    [InlineData(new[] { "verify", "cases", "--pak", "x.json" }, "verify: unknown option '--pak'; did you mean '--pack'?", "verify")]
    [InlineData(new[] { "replay", "record.json", "--trus", "cert.pem" }, "replay: unknown option '--trus'; did you mean '--trust'?", "replay")]
    [InlineData(new[] { "explain", "record.json", "--fromat", "html" }, "explain: unknown option '--fromat'; did you mean '--format'?", "explain")]
    [InlineData(new[] { "whatif", "case.json", "--sett", "a=1" }, "whatif: unknown option '--sett'; did you mean '--set'?", "whatif")]
    [InlineData(new[] { "packs", "list", "--lnag", "en" }, "list: unknown option '--lnag'; did you mean '--lang'?", "packs list")]
    [InlineData(new[] { "packs", "show", "baotou-2023-149", "--jsno" }, "show: unknown option '--jsno'; its options: --lang, --format, --help", "packs show")]
    [InlineData(new[] { "evaluate", "case.json", "-x" }, "evaluate: unknown option '-x'; its options: --out, --out-dir, --jobs, --as-of, --lang, --sign, --cert, --pack, --help", "evaluate")]
    public void An_option_a_command_does_not_have_is_refused_with_the_nearest_one_and_exit_code_2(string[] args, string message, string command)
    {
        // Before, evaluate and verify read "--outdir recs" as two more paths ("3 case files or folders were given…").
        var (code, output, error) = Run(args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines(message, $"run 'baotou-incentives {command} --help' for usage"));
    }

    [Fact]
    public void A_path_that_begins_with_a_dash_is_a_path_after_a_double_dash()
    {
        var (code, _, error) = Run("verify", "--", "-no-such-folder");

        code.Should().Be(2);
        error.Should().Be(Lines("-no-such-folder: no such file or folder"));
    }

    [Fact]
    public void Short_aliases_o_l_and_f_are_the_long_options()
    {
        var record = InFolder("short.json");
        Run("evaluate", Sample, "-o", record).Code.Should().Be(0);
        File.Exists(record).Should().BeTrue();

        var (code, output, _) = Run("explain", record, "-l", "en", "-f", "html");

        code.Should().Be(0);
        output.Should().StartWith("<!DOCTYPE html>").And.Contain("lang=\"en\"");
    }

    [Theory]
    [InlineData("evaluate", "baotou-incentives evaluate case.json --as-of 2025-12-31 -o record.json")]
    [InlineData("replay", "baotou-incentives replay record.json -f json")]
    [InlineData("explain", "baotou-incentives explain record.json -f html -o report.html")]
    [InlineData("verify", "baotou-incentives verify tests/policy-cases")]
    [InlineData("whatif", "baotou-incentives whatif case.json --set 149.8.transfer-licence-net-income-share=85%")]
    [InlineData("completion", "source <(baotou-incentives completion zsh)")]
    public void Help_ends_with_examples(string command, string example)
    {
        var (code, output, _) = Run(command, "--help");

        code.Should().Be(0);
        output.Should().Contain(Environment.NewLine + "Examples:" + Environment.NewLine + "  ").And.Contain("  " + example);
    }

    [Fact]
    public void Help_of_a_subcommand_ends_with_its_examples_and_a_usage_hint_names_the_whole_command()
    {
        Run("packs", "list", "--help").Out.Should().Contain("Examples:" + Environment.NewLine + "  baotou-incentives packs list ");
        Run("packs", "show").Err.Should().EndWith(Lines("run 'baotou-incentives packs show --help' for usage"));
    }

    [Theory]
    [InlineData("zsh", "# baotou-incentives completion for zsh: add to ~/.zshrc (after compinit)", "compdef _baotou_incentives_complete baotou-incentives")]
    [InlineData("fish", "# baotou-incentives completion for fish: save it where fish finds it", "complete -c baotou-incentives -a '(__baotou_incentives_complete)'")]
    [InlineData("bash", "# baotou-incentives completion for bash: add to ~/.bashrc", "complete -o default -F _baotou_incentives_complete baotou-incentives")]
    public void Completion_prints_a_script_for_zsh_fish_and_bash_that_asks_the_tool(string shell, string first, string last)
    {
        var (code, output, _) = Run("completion", shell);

        code.Should().Be(0);
        output.Should().StartWith(first).And.Contain("[suggest:").And.EndWith(last + Environment.NewLine);
    }

    [Fact]
    public void Completion_of_a_shell_it_does_not_know_lists_the_ones_it_does()
    {
        var (code, _, error) = Run("completion", "tcsh");

        code.Should().Be(2);
        error.Should().Be(Lines("Argument 'tcsh' not recognized. Must be one of:", "\t'bash'", "\t'zsh'", "\t'fish'", "\t'pwsh'", string.Empty, "run 'baotou-incentives completion --help' for usage"));
    }

    [Fact]
    public void As_of_evaluates_one_case_on_that_date_and_a_date_it_cannot_read_is_refused()
    {
        // P-3's 600,000.00 arrives on 2025-09-01: counted on that date, not on the day before (2,400,000.00 vs 3,000,000.00 received).
        var on = InFolder("on.json");
        var before = InFolder("before.json");
        Run("evaluate", Sample, "--as-of", "2025-09-01", "-o", on).Out.Should().Contain("on 2025-09-01");
        Run("evaluate", Sample, "--as-of", "2025-08-31", "-o", before).Out.Should().Contain("on 2025-08-31");
        Run("explain", on, "-l", "en").Out.Should().Contain("2,240,000.00");   // (3,000,000.00 − 200,000.00) × 80%
        Run("explain", before, "-l", "en").Out.Should().Contain("1,760,000.00").And.NotContain("2,240,000.00");   // (2,400,000.00 − 200,000.00) × 80%

        var (code, output, error) = Run("evaluate", Sample, "--as-of", "2025-02-30");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines("--as-of must be a date such as 2025-12-31; was '2025-02-30'", string.Empty, "run 'baotou-incentives evaluate --help' for usage"));
    }

    [Fact]
    public void Replay_as_json_gives_the_verdict_signature_packs_and_exit_code()
    {
        var record = Record();

        var (code, output, _) = Run("replay", record, "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("record").GetString().Should().Be(record);
        root.GetProperty("verdict").GetString().Should().Be("reproduced");
        root.GetProperty("exitCode").GetInt32().Should().Be(0);
        root.GetProperty("firstDifference").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("ruleSetChanged").GetBoolean().Should().BeFalse();
        root.GetProperty("parameterChanges").GetArrayLength().Should().Be(0);
        root.GetProperty("signature").GetProperty("status").GetString().Should().Be("unsigned");
        root.GetProperty("signature").GetProperty("trusted").GetBoolean().Should().BeFalse();
        root.GetProperty("packs").EnumerateArray().Select(p => $"{p.GetProperty("id").GetString()} {p.GetProperty("shipped").GetBoolean()}")
            .Should().Equal("baotou-2023-149 True", "cn-law-2015-art45 True");
        root.GetProperty("packFiles").GetArrayLength().Should().Be(0);
        root.GetProperty("summary").GetString().Should().Be("reproduced; unsigned");
    }

    [Fact]
    public void Replay_as_json_of_a_tampered_record_says_so_with_exit_code_2()
    {
        var record = Record();
        File.WriteAllText(record, File.ReadAllText(record).Replace("\"minimumAmount\": 1980000.00", "\"minimumAmount\": 1990000.00", StringComparison.Ordinal));

        var (code, output, _) = Run("replay", record, "-f", "json");

        code.Should().Be(2);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("verdict").GetString().Should().Be("tampered");
        json.RootElement.GetProperty("exitCode").GetInt32().Should().Be(2);
    }

    [Fact]
    public void Verify_as_json_gives_every_case_and_the_counts_with_the_exit_code()
    {
        var (code, output, _) = Run("verify", PolicyCases, "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var files = Directory.GetFiles(PolicyCases, "*.json");
        root.GetProperty("passed").GetInt32().Should().Be(files.Length);
        root.GetProperty("failed").GetInt32().Should().Be(0);
        root.GetProperty("exitCode").GetInt32().Should().Be(0);
        var first = root.GetProperty("cases")[0];
        first.GetProperty("result").GetString().Should().Be("pass");
        first.GetProperty("name").GetString().Should().NotBeNullOrEmpty();
        first.GetProperty("problem").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void A_skeleton_that_expects_nothing_fails_verify_with_exit_code_1_until_it_says_what_it_expects()
    {
        // The sample's --export-policy-cases skeleton: "expected": {} checks nothing, so it is not a pass.
        var skeleton = InFolder("skeleton.json");
        File.WriteAllText(skeleton, Baotou.Incentives.Sample.PolicyCaseSkeleton.Write(
            Baotou.Incentives.Sample.SampleCases.All().First(), new LocalDate(2025, 6, 30), []));

        var text = Run("verify", skeleton);
        var (code, output, _) = Run("verify", skeleton, "-f", "json");

        text.Code.Should().Be(1);
        text.Out.Should().EndWith(Lines("0 passed, 1 failed"));
        text.Out.Should().Contain("FAIL skeleton.json: ").And.Contain("nothing expected: say in \"expected\" what the text makes come out");
        code.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        var only = json.RootElement.GetProperty("cases")[0];
        only.GetProperty("result").GetString().Should().Be("fail");
        only.GetProperty("problem").GetString().Should().StartWith("nothing expected");
    }
}
