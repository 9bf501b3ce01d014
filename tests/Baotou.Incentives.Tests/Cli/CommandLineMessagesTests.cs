using Baotou.Incentives.Tests.Conventions;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// One test per message of the tool: the input, the exact words and the exit code (0 success, 1 diverged or failed, 2
/// tampered or invalid, 3 untrusted; the signing options' and the limits' messages are in CommandLineFilesTests). Messages
/// name the file and the problem in plain words; none shows a .NET type or a stack trace.
/// </summary>
public sealed class CommandLineMessagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-messages-").FullName;

    // The usage line and the completion request start with the executable's name: baotou-incentives when installed, the test
    // host's here (the library reads it from the process).
    private static readonly string Tool = System.CommandLine.RootCommand.ExecutableName;

    private static string Sample(string name) => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", name);

    private static string PolicyCase(string name) => Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases", name);

    private string InFolder(string name, string? text = null)
    {
        var path = Path.Combine(_folder, name);
        if (text is not null)
        {
            File.WriteAllText(path, text);
        }

        return path;
    }

    private string Record()
    {
        var record = InFolder("record.json");
        Run("evaluate", Sample("sample-university-transfer.json"), "--out", record).Code.Should().Be(0);
        return record;
    }

    [Fact]
    public void Version_prints_the_tools_version()
    {
        var version = typeof(Baotou.Incentives.Cli.CommandLine).Assembly.GetName().Version!;

        var (code, output, error) = Run("--version");

        code.Should().Be(0);
        output.Should().StartWith($"{version.Major}.{version.Minor}.{version.Build}").And.EndWith(Environment.NewLine);
        output.Trim().Should().NotContain(Environment.NewLine).And.NotContain("+");
        error.Should().BeEmpty();
    }

    [Fact]
    public void Help_lists_every_command_and_the_exit_codes()
    {
        var (code, output, _) = Run("--help");

        code.Should().Be(0);
        output.Should().Contain("Usage:" + Environment.NewLine + $"  {Tool} [command] [options]")
            .And.Contain("exit codes: 0 success; 1 diverged (replay; explain without --force), a --pack file differs from the record's pack (replay, explain), a policy case failed (verify) or a case was refused (evaluate of many); 2 tampered (digest or signature; explain without --force), or invalid input or usage (verify: a file that is not a usable policy case); 3 untrusted (replay --trust, explain --trust without --force: unsigned, or not signed by a trusted key)");
        foreach (var command in new[] { "evaluate <case>", "replay <record>", "explain <record>", "verify <path>", "whatif <case>", "packs", "completion <bash|fish|pwsh|zsh>" })
        {
            output.Should().Contain("  " + command);
        }
    }

    [Theory]
    [InlineData("evaluate", "evaluate <case>... [options]", "--out-dir <folder>")]
    [InlineData("replay", "replay <record> [options]", "<record>")]
    [InlineData("explain", "explain <record> [options]", "--format <html|md>")]
    [InlineData("verify", "verify <path>... [options]", "<path>")]
    [InlineData("completion", "completion <shell> [options]", "<bash|fish|pwsh|zsh>")]
    public void Every_command_has_help(string command, string usage, string shows)
    {
        var (code, output, _) = Run(command, "--help");

        code.Should().Be(0);
        output.Should().StartWith("Description:").And.Contain("Usage:" + Environment.NewLine + $"  {Tool} {usage}").And.Contain(shows);
    }

    [Fact]
    public void No_command_says_so_with_exit_code_2()
    {
        var (code, output, error) = Run();

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines("baotou-incentives: no command given; run 'baotou-incentives --help' for the commands"));
    }

    [Fact]
    public void A_misspelled_command_is_named_with_the_closest_one_and_exit_code_2()
    {
        var (code, output, error) = Run("evalute", "case.json");

        // The library's parse error exits 1, which is our "diverged": the tool maps it to 2.
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines(
            "'evalute' was not matched. Did you mean one of the following?",
            "evaluate",
            string.Empty,
            "Unrecognized command or argument 'evalute'.",
            "Unrecognized command or argument 'case.json'.",
            string.Empty,
            "run 'baotou-incentives --help' for usage"));
    }

    [Fact]
    public void A_misspelled_option_is_named_with_the_closest_one_and_exit_code_2()
    {
        var (code, output, error) = Run("explain", Record(), "--lnag", "en");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(Lines(
            "explain: unknown option '--lnag'; did you mean '--lang'?",
            "run 'baotou-incentives explain --help' for usage"));
    }

    [Fact]
    public void A_value_outside_an_options_choices_lists_the_choices_with_exit_code_2()
    {
        var (code, _, error) = Run("explain", Record(), "--lang", "fr");

        code.Should().Be(2);
        error.Should().Be(Lines("Argument 'fr' not recognized. Must be one of:", "\t'zh'", "\t'en'", string.Empty, "run 'baotou-incentives explain --help' for usage"));
    }

    [Fact]
    public void A_number_option_given_a_word_says_what_it_takes_without_a_type_name()
    {
        var (code, _, error) = Run("evaluate", Sample("sample-university-transfer.json"), "--out-dir", _folder, "--jobs", "many");

        code.Should().Be(2);
        error.Should().Be(Lines("--jobs must be a whole number from 1 to 256; was 'many'", string.Empty, "run 'baotou-incentives evaluate --help' for usage"));
    }

    [Fact]
    public void A_missing_file_is_named_with_exit_code_2()
    {
        var missing = InFolder("nope.json");

        var (code, _, error) = Run("replay", missing);

        code.Should().Be(2);
        error.Should().Be(Lines($"{missing}: no such file"));
    }

    [Fact]
    public void A_folder_given_for_a_record_is_called_a_folder_with_exit_code_2()
    {
        var (code, _, error) = Run("explain", _folder);

        code.Should().Be(2);
        error.Should().Be(Lines($"{_folder}: is a folder; give a decision record (a .json file)"));
    }

    [Fact]
    public void An_empty_case_file_is_called_empty_with_exit_code_2()
    {
        var empty = InFolder("empty.json", " \n");

        var (code, _, error) = Run("evaluate", empty);

        code.Should().Be(2);
        error.Should().Be(Lines($"{empty}: is empty"));
    }

    [Fact]
    public void An_empty_record_is_called_empty_with_exit_code_2()
    {
        var empty = InFolder("empty.json", string.Empty);

        var (code, _, error) = Run("replay", empty);

        code.Should().Be(2);
        error.Should().Be(Lines($"{empty}: is empty"));
    }

    [Fact]
    public void A_case_a_fact_refuses_names_the_file_and_every_problem_with_exit_code_2()
    {
        var source = File.ReadAllText(Sample("sample-university-transfer.json"));
        var bad = InFolder("bad.json", source.Replace("\"amount\": 1200000", "\"amount\": -5", StringComparison.Ordinal));

        var (code, output, error) = Run("evaluate", bad);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith($"{bad}: invalid case file:{Environment.NewLine}  ")
            .And.Contain("'P-1'");
    }

    [Fact]
    public void Evaluate_out_says_what_it_wrote()
    {
        var record = InFolder("written.json");

        var (code, output, error) = Run("evaluate", Sample("sample-university-transfer.json"), "--out", record);

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Be(Lines($"wrote {record}: the decision record of case sample-university-transfer on 2025-06-30 (4 entitlements, 3 determinations, 10 rule firings)"));
    }

    [Fact]
    public void Evaluate_out_naming_a_folder_is_refused_before_anything_is_evaluated()
    {
        var (code, _, error) = Run("evaluate", Sample("sample-university-transfer.json"), "--out", _folder);

        code.Should().Be(2);
        error.Should().Be(Lines($"{_folder}: is a folder; --out names the file to write"));
    }

    [Fact]
    public void Evaluate_of_a_folder_without_out_dir_asks_for_one()
    {
        var cases = Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases");

        var (code, _, error) = Run("evaluate", cases);

        code.Should().Be(2);
        error.Should().Be(Lines($"{cases}: is a folder of cases; give --out-dir <folder> for their records and summary"));
    }

    [Fact]
    public void Evaluate_of_several_files_with_out_asks_for_out_dir()
    {
        var (code, _, error) = Run("evaluate", Sample("sample-university-transfer.json"), Sample("sample-institute-equity.json"), "--out", InFolder("r.json"));

        code.Should().Be(2);
        error.Should().Be(Lines("2 case files or folders were given; --out names one record: give --out-dir <folder> for many"));
    }

    [Fact]
    public void Out_dir_naming_a_file_is_not_a_folder()
    {
        var file = InFolder("file.txt", "x");

        var (code, _, error) = Run("evaluate", Sample("sample-university-transfer.json"), "--out-dir", file);

        code.Should().Be(2);
        error.Should().Be(Lines($"{file}: is not a folder"));
    }

    [Fact]
    public void Out_dir_naming_the_folder_of_the_cases_is_refused()
    {
        File.Copy(Sample("sample-university-transfer.json"), InFolder("case.json"));

        var (code, _, error) = Run("evaluate", _folder, "--out-dir", _folder + Path.DirectorySeparatorChar);

        code.Should().Be(2);
        error.Should().Be(Lines($"{_folder}{Path.DirectorySeparatorChar}: is the folder of the cases; give --out-dir another folder, so records are not mixed with cases"));
        Directory.GetFiles(_folder).Should().ContainSingle();
    }

    [Fact]
    public void Evaluate_of_a_folder_without_case_files_says_so()
    {
        var (code, _, error) = Run("evaluate", _folder, "--out-dir", Path.Combine(_folder, "out"));

        code.Should().Be(2);
        error.Should().Be(Lines($"no *.json files in {_folder}"));
    }

    [Fact]
    public void Verify_of_an_empty_folder_says_why_it_exits_1()
    {
        var (code, output, error) = Run("verify", _folder);

        code.Should().Be(1);
        error.Should().Be(Lines($"no *.json files in {_folder}: nothing to verify, so nothing passed"));
        output.Should().Be(Lines("0 passed, 0 failed"));
    }

    [Fact]
    public void Verify_takes_a_file_as_well_as_a_folder()
    {
        var (code, output, _) = Run("verify", PolicyCase("01-major-project-at-threshold.json"));

        code.Should().Be(0);
        output.Should().Be(Lines("PASS 01-major-project-at-threshold.json: （七）200 万元 exactly is recommended to seek [149号·（七）]", "1 passed, 0 failed"));
    }

    [Fact]
    public void Verify_of_a_missing_path_names_it()
    {
        var missing = InFolder("missing");

        var (code, _, error) = Run("verify", missing);

        code.Should().Be(2);
        error.Should().Be(Lines($"{missing}: no such file or folder"));
    }

    [Fact]
    public void Verify_reports_an_empty_policy_case_as_unusable_input_naming_it_with_exit_code_2()
    {
        InFolder("empty.json", string.Empty);

        var (code, output, _) = Run("verify", _folder);

        code.Should().Be(2);
        output.Should().Be(Lines("FAIL empty.json: is empty", "0 passed, 1 failed"));
    }

    [Fact]
    public void Explain_out_says_what_it_wrote()
    {
        var record = Record();
        var report = InFolder("report.html");

        var (code, output, _) = Run("explain", record, "--format", "html", "--lang", "en", "--out", report);

        code.Should().Be(0);
        output.Should().Be(Lines($"wrote {report}: the HTML report of case sample-university-transfer in English"));
        File.ReadAllText(report).Should().StartWith("<!DOCTYPE html>");
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _baotou_incentives_complete baotou-incentives")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName baotou-incentives")]
    public void Completion_prints_a_script_for_the_shell(string shell, string line)
    {
        var (code, output, _) = Run("completion", shell);

        code.Should().Be(0);
        output.Should().Contain(line).And.Contain("[suggest:");
    }

    [Fact]
    public void The_suggest_directive_the_completion_scripts_call_completes_options_and_values()
    {
        var optionsLine = $"{Tool} explain r.json --";
        var valuesLine = $"{Tool} explain r.json --lang ";
        var options = Run($"[suggest:{optionsLine.Length}]", optionsLine);
        var values = Run($"[suggest:{valuesLine.Length}]", valuesLine);

        options.Code.Should().Be(0);
        options.Out.Split(Environment.NewLine).Should().Contain(["--format", "--lang", "--out"]);
        values.Out.Should().Be(Lines("en", "zh"));
    }

    [Fact]
    public void No_message_shows_a_dotnet_type_name_or_a_stack_trace()
    {
        var folderAsFile = _folder;
        // Cut short before any property the readers would have to map (their own messages are the readers' concern).
        var malformed = InFolder("malformed.json", "{ ] }");
        var runs = new[]
        {
            Run("evaluate", folderAsFile, "--out", InFolder("x.json")),
            Run("evaluate", malformed),
            Run("evaluate", malformed, "--out-dir", Path.Combine(_folder, "out")),
            Run("replay", malformed),
            Run("explain", malformed),
            Run("verify", malformed),
            Run("evaluate", Sample("sample-university-transfer.json"), "--jobs", "-1", "--out-dir", _folder),
            Run("evaluate", Sample("sample-university-transfer.json"), "--out", Path.Combine(_folder, "no-such-folder", "r.json")),
        };

        foreach (var (code, output, error) in runs)
        {
            code.Should().NotBe(0);
            (output + error).Should().NotContain("Exception").And.NotContain("   at ").And.NotContain("System.").And.NotContain("Baotou.Incentives.");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
