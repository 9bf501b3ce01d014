using System.Diagnostics;
using Baotou.Incentives.Tests.Conventions;
using static Baotou.Incentives.Tests.Cli.ToolRun;

namespace Baotou.Incentives.Tests.Cli;

/// <summary>
/// Hostile inputs given to the tool (issue 23, inputs), each with its exit code and exact words: a FIFO or a device where
/// a file is expected is refused by name without being opened. Every run is bounded: a hang is the defect, so a run that
/// does not finish within <see cref="Bound"/> fails the test rather than the test waiting forever.
/// </summary>
public sealed class HostileInputsTests : IDisposable
{
    /// <summary>Long enough that a busy machine cannot fail a run that does not wait; a run that waits on a FIFO never ends.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-cli-hostile-").FullName;

    private static string Sample => Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-university-transfer.json");

    private const string FifoWords = "is a FIFO (named pipe), not a regular file; it is not opened, since reading it would wait for a writer";

    private string InFolder(string name) => Path.Combine(_folder, name);

    /// <summary>Runs the tool on a task and fails if it has not finished within <see cref="Bound"/>.</summary>
    internal static (int Code, string Out, string Err) Bounded(params string[] args)
    {
        var run = Task.Run(() => Run(args));
        run.Wait(Bound).Should().BeTrue($"'{string.Join(' ', args)}' must finish, not wait on its input");
        return run.Result;
    }

    /// <summary>Makes a FIFO with mkfifo(1); the tests that need one run where it exists (Linux and macOS).</summary>
    private string Fifo(string name)
    {
        var path = InFolder(name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
        return path;
    }

    [Fact]
    public void A_FIFO_as_the_case_file_is_refused_by_name_without_waiting_with_exit_code_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo("case.json");

        Bounded("evaluate", fifo).Should().Be((2, string.Empty, Lines($"{fifo}: {FifoWords}; give a case file (a .json file)")));
    }

    [Fact]
    public void A_FIFO_inside_an_out_dir_folder_is_refused_by_name_and_the_other_cases_are_evaluated_with_exit_code_1()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var cases = Directory.CreateDirectory(InFolder("cases")).FullName;
        File.Copy(Sample, Path.Combine(cases, "a.json"));
        var fifo = Path.Combine(cases, "b.json");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        var records = InFolder("records");

        var (code, output, error) = Bounded("evaluate", cases, "--out-dir", records);

        code.Should().Be(1);
        output.Should().Be(Lines(
            $"OK   {Path.Combine(cases, "a.json")}: case sample-university-transfer, 4 entitlements -> {Path.Combine(records, "a.record.json")}",
            $"FAIL {fifo}: {FifoWords}; give a case file (a .json file)",
            $"1 evaluated, 1 failed; records and summary.csv in {records}"));
        error.Should().BeEmpty();
    }

    [Fact]
    public void A_FIFO_as_a_case_files_pack_entry_is_refused_by_entry_and_file_without_waiting_with_exit_code_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo("later.pack.json");
        var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample))!;
        named["packs"] = new System.Text.Json.Nodes.JsonArray("baotou-2023-149", "./later.pack.json");
        var caseFile = InFolder("case.json");
        File.WriteAllText(caseFile, named.ToJsonString());

        Bounded("evaluate", caseFile).Should().Be((2, string.Empty, Lines(
            $"{caseFile}: invalid case file:",
            $"  JSON.$.packs[1]: names pack file './later.pack.json' ({fifo}, relative to the folder of case file '{caseFile}'), which {FifoWords}")));
    }

    [Fact]
    public void A_FIFO_as_a_record_is_refused_by_name_by_replay_and_explain_without_waiting_with_exit_code_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo("record.json");
        var words = Lines($"{fifo}: {FifoWords}; give a decision record (a .json file)");

        Bounded("replay", fifo).Should().Be((2, string.Empty, words));
        Bounded("explain", fifo).Should().Be((2, string.Empty, words));
    }

    [Fact]
    public void A_FIFO_as_a_pack_file_is_refused_by_name_without_waiting_with_exit_code_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Fifo("later.pack.json");

        Bounded("evaluate", Sample, "--pack", fifo).Should().Be((2, string.Empty, Lines($"{fifo}: {FifoWords}; give a pack file (a .json file)")));
    }

    [Fact]
    public void A_device_as_the_case_file_is_refused_by_name_without_reading_it_with_exit_code_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Bounded("evaluate", "/dev/zero").Should().Be((2, string.Empty, Lines("/dev/zero: is a device, not a regular file; it is not opened; give a case file (a .json file)")));
    }

    /// <summary>Makes a hard link with ln(1) (.NET has no call for one): two names of one file.</summary>
    private static void HardLink(string target, string link)
    {
        using var ln = Process.Start(new ProcessStartInfo("ln", [target, link]) { UseShellExecute = false })!;
        ln.WaitForExit();
        ln.ExitCode.Should().Be(0);
    }

    [Fact]
    public void An_out_that_is_a_hard_link_to_the_case_is_refused_and_the_case_is_kept_with_exit_code_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var caseFile = InFolder("case.json");
        File.Copy(Sample, caseFile);
        var linked = InFolder("record.json");
        HardLink(caseFile, linked);

        Bounded("evaluate", caseFile, "--out", linked).Should().Be((2, string.Empty,
            Lines($"{linked}: is one of this command's inputs; --out must name another file, so that no input is overwritten")));
        File.ReadAllText(caseFile).Should().Be(File.ReadAllText(Sample));
    }

    [Fact]
    public void An_explain_out_that_is_a_hard_link_to_the_record_is_refused_with_exit_code_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var record = InFolder("record.json");
        Bounded("evaluate", Sample, "--out", record).Code.Should().Be(0);
        var report = InFolder("report.md");
        HardLink(record, report);

        Bounded("explain", record, "--out", report).Should().Be((2, string.Empty,
            Lines($"{report}: is one of this command's inputs; --out must name another file, so that no input is overwritten")));
    }

    [Fact]
    public void An_out_that_is_another_existing_file_with_the_same_text_is_written()
    {
        // Two files are one only when their device and inode are: a copy of the case is not the case.
        var copy = InFolder("copy.json");
        File.Copy(Sample, copy);

        var (code, _, error) = Bounded("evaluate", Sample, "--out", copy);

        code.Should().Be(0, error);
        File.ReadAllText(copy).Should().Contain("\"digest\"");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.invalid\",\"go\")", "\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"go\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void A_case_id_a_spreadsheet_would_evaluate_goes_into_summary_csv_behind_a_single_quote(string id, string cell)
    {
        var cases = Directory.CreateDirectory(InFolder("cases")).FullName;
        var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample))!;
        named["id"] = id;
        File.WriteAllText(Path.Combine(cases, "case.json"), named.ToJsonString());
        var records = InFolder("records");

        var (code, _, error) = Bounded("evaluate", cases, "--out-dir", records);

        code.Should().Be(0, error);
        var rows = File.ReadAllLines(Path.Combine(records, "summary.csv")).Skip(1).ToArray();
        rows.Should().HaveCount(5).And.OnlyContain(row => row.StartsWith(cell + ",", StringComparison.Ordinal));
    }

    [Fact]
    public void A_control_character_in_a_case_id_is_shown_escaped_in_the_message_never_raw_with_exit_code_2()
    {
        var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample))!;
        named["id"] = "a\u001b[2Jb";
        var caseFile = InFolder("case.json");
        File.WriteAllText(caseFile, named.ToJsonString());

        var (code, output, error) = Bounded("evaluate", caseFile);

        (code, output).Should().Be((2, string.Empty));
        error.Should().NotContain("\u001b").And.Contain(@"a\u001b[2Jb");
        error.Should().Be(Lines($"{caseFile}: invalid case file:", @"  IncentiveCase 'a\u001b[2Jb'.Id: must not contain control characters"));
    }

    [Fact]
    public void A_control_character_in_a_file_name_is_shown_escaped_never_raw_with_exit_code_2()
    {
        var missing = InFolder("no\u001b]0;owned\u0007such.json");

        Bounded("evaluate", missing).Should().Be((2, string.Empty, Lines($"{InFolder(@"no\u001b]0;owned\u0007such.json")}: no such file")));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../../no/such/file.json")]
    [InlineData("/etc/passwd.json")]
    public void A_pack_entry_outside_the_case_files_folder_is_refused_in_the_same_words_whether_or_not_it_exists(string entry)
    {
        var cases = Directory.CreateDirectory(InFolder("cases")).FullName;
        var caseFile = Path.Combine(cases, "case.json");
        var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample))!;
        named["packs"] = new System.Text.Json.Nodes.JsonArray("baotou-2023-149", entry);
        File.WriteAllText(caseFile, named.ToJsonString());

        Bounded("evaluate", caseFile).Should().Be((2, string.Empty, Lines(
            $"{caseFile}: invalid case file:",
            $"  JSON.$.packs[1]: names pack file '{entry}', which is outside the folder of case file '{caseFile}' ({cases}); a case file reads pack files "
            + "in its own folder or below it only: copy the pack beside the case file, or give it on the command line (--pack)")));
    }

    [Fact]
    public void A_pack_entry_that_is_a_symbolic_link_out_of_the_case_files_folder_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var caseFile = InFolder("case.json");
        File.CreateSymbolicLink(InFolder("later.pack.json"), "/etc/passwd");
        var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample))!;
        named["packs"] = new System.Text.Json.Nodes.JsonArray("baotou-2023-149", "./later.pack.json");
        File.WriteAllText(caseFile, named.ToJsonString());

        Bounded("evaluate", caseFile).Should().Be((2, string.Empty, Lines(
            $"{caseFile}: invalid case file:",
            $"  JSON.$.packs[1]: names pack file './later.pack.json', which is outside the folder of case file '{caseFile}' ({_folder}); a case file reads pack files "
            + "in its own folder or below it only: copy the pack beside the case file, or give it on the command line (--pack)")));
    }

    [Fact]
    public void Verify_of_a_malformed_policy_case_is_unusable_input_with_exit_code_2_and_a_good_one_beside_it_still_runs()
    {
        File.WriteAllText(InFolder("malformed.json"), "{ ] }");
        File.Copy(Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases", "01-major-project-at-threshold.json"), InFolder("01.json"));

        var (code, output, error) = Bounded("verify", _folder);

        code.Should().Be(2);
        output.Should().Be(Lines(
            "PASS 01.json: （七）200 万元 exactly is recommended to seek [149号·（七）]",
            "FAIL malformed.json: invalid policy case: JSON.$: is not well-formed JSON: ']' is an invalid start of a property name. Expected a '\"'. (line 1)",
            "1 passed, 1 failed"));
        error.Should().BeEmpty();
    }

    [Fact]
    public void A_case_over_the_fact_cap_is_refused_as_it_is_read_before_any_evaluation_with_exit_code_2()
    {
        // 223 copies of a 9-fact sample: 2,007 facts, over the cap of 2,000 that keeps every record within 16 MB.
        var caseFile = InFolder("big.json");
        File.WriteAllText(caseFile, Records.RecordBoundTests.Repeated("sample-soe-two-packs.json", 223));
        var started = Stopwatch.StartNew();

        var run = Bounded("evaluate", caseFile);

        run.Should().Be((2, string.Empty, Lines(
            $"{caseFile}: invalid case file:",
            "  JSON.$.facts: has 2007 facts; a case read from JSON may hold at most 2000 (so that its record stays within 16777216 bytes)")));
        started.Elapsed.Should().BeLessThan(Bound);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
