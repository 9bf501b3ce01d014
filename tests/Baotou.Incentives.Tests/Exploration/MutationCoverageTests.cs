using Baotou.Incentives.Exploration.Mutation;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Tests.Cli;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Exploration;

/// <summary>
/// Issue 26, acceptance 2: mutation coverage per clause. A folder of only the （七） threshold case leaves （八）'s 80% unnoticed;
/// the project's own <c>tests/policy-cases</c> are run through it here (so in CI), and every survivor is listed, by clause, in
/// docs/EXPLORE.md with the score, so the page says what the cases do not yet notice.
/// </summary>
public sealed class MutationCoverageTests
{
    private static string Folder => Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases");

    private static (string, PolicyCaseFile) Read(string path)
    {
        using var stream = File.OpenRead(path);
        return (Path.GetFileName(path), PolicyCaseFile.Parse(stream, path));
    }

    [Fact]
    public void The_threshold_case_alone_leaves_the_eighty_percent_of_measure_eight_unnoticed()
    {
        var report = MutationCoverage.Run([Read(Path.Combine(Folder, "01-major-project-at-threshold.json"))]);

        // The case checks （七）'s 20% of 2,000,000.00 and nothing of （八）: 0.80 one point up or down changes nothing it checks.
        var eighty = Baotou149.Pack.ValuesOf(Baotou149.TransferLicenceNetIncomeShare)[0].Value;
        report.Survivors.Select(s => (s.Mutant.Clause, s.Mutant.Change)).Should().Contain(
        [
            ("149号·（八）", $"{Baotou149.TransferLicenceNetIncomeShare.Key} {eighty} → {eighty + 0.01m}"),
            ("149号·（八）", $"{Baotou149.TransferLicenceNetIncomeShare.Key} {eighty} → {eighty - 0.01m}"),
        ]);
        // It does notice （七）'s threshold one fen up (2,000,000.00 received is then below it) and its 20% either way.
        report.Results.Where(r => r.Mutant.Change.StartsWith(Baotou149.MajorProjectThreshold.Key, StringComparison.Ordinal) && r.Mutant.Change.EndsWith("2000000.01", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Killed.Should().BeTrue();
        report.Results.Where(r => r.Mutant.Change.StartsWith(Baotou149.RegionalIncentiveRate.Key, StringComparison.Ordinal)).Should().OnlyContain(r => r.Killed);
    }

    [Fact]
    public void The_projects_cases_report_every_survivor_by_clause_and_the_docs_list_them_with_the_score()
    {
        var cases = Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(Read).ToArray();

        var report = MutationCoverage.Run(cases);

        report.FailingBefore.Should().BeEmpty();
        report.Survivors.Should().OnlyContain(s => s.Mutant.Clause.Length > 0);
        report.ByClause.Sum(c => c.Total).Should().Be(report.Results.Count);
        var docs = File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "docs", "EXPLORE.md"));
        foreach (var survivor in report.Survivors)
        {
            docs.Should().Contain($"`[{survivor.Mutant.Clause}] {survivor.Mutant.PackId}: {survivor.Mutant.Change}`");
        }

        var killed = report.Results.Count - report.Survivors.Count;
        docs.Should().Contain($"{killed} of {report.Results.Count} mutants killed by {report.Cases} cases");
    }

    [Fact]
    public void The_mutate_command_prints_the_score_per_clause_and_every_survivor()
    {
        var (code, output, error) = ToolRun.Run("mutate", Path.Combine(Folder, "01-major-project-at-threshold.json"));

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("SURVIVED [149号·（八）] baotou-2023-149: 149.8.transfer-licence-net-income-share 0.80 → 0.81")
            .And.Contain("149号·（七）  3/4  75.0%")
            .And.Contain("mutants killed by 1 cases, score");
    }

    [Fact]
    public void The_explore_command_writes_a_summary_of_what_it_touched()
    {
        var (code, output, error) = ToolRun.Run("explore", "--max-cases", "30", "--sample", "0");

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("explored 30 cases (30 of ").And.Contain("stopped by --max-cases")
            .And.Contain("149.7.major-project-threshold = 2000000: amount exactly").And.Contain("30 cases checked, 0 broke an invariant");
    }
}
