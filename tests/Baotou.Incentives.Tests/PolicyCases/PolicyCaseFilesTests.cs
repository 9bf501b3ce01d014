using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.PolicyCases;

/// <summary>
/// The repository's hand-worked policy cases, kept as data in <c>tests/policy-cases</c> (format: docs/POLICY-CASES.md), so a
/// policy expert adds a case without writing C#; each file is one test here.
/// </summary>
public sealed class PolicyCaseFilesTests
{
    private static string Folder => Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases");

    /// <summary>Reads a policy case with its path, so a pack file it names is found relative to its folder.</summary>
    private static PolicyCaseFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return PolicyCaseFile.Parse(stream, path);
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_policy_case_holds(string file)
    {
        var result = Read(Path.Combine(Folder, file)).Verify();

        result.Passed.Should().BeTrue(result.FirstDifference);
    }

    [Fact]
    public void There_are_hand_worked_cases_for_every_money_measure_and_the_closing_clauses()
    {
        var clauses = Directory.EnumerateFiles(Folder, "*.json").Select(f => Read(f).Clause).ToHashSet();

        clauses.Should().Contain(["149号·（五）", "149号·（七）", "149号·（八）", "149号·（九）", "149号·从高从新不重复", "149号·施行"]);
    }

    [Fact]
    public void A_wrong_expectation_fails_naming_the_first_difference()
    {
        var json = File.ReadAllText(Path.Combine(Folder, "01-major-project-at-threshold.json")).Replace("\"minimumAmount\": 400000.0", "\"minimumAmount\": 400000.01", StringComparison.Ordinal);

        var result = PolicyCaseFile.Parse(json).Verify();

        result.Passed.Should().BeFalse();
        result.FirstDifference.Should().Be("entitlement 149-7-regional-incentive on C1: expected minimum amount 400,000.01, found 400,000.00 (2,000,000.00 × 20%)");
    }

    [Fact]
    public void A_rule_that_must_not_fire_but_does_is_named_with_where_it_fired()
    {
        var json = File.ReadAllText(Path.Combine(Folder, "08-unit-rule-governs.json")).Replace("\"149-8-transfer-licence-net-income\"", "\"149-8-unit-terms-govern\"", StringComparison.Ordinal);

        var result = PolicyCaseFile.Parse(json).Verify();

        result.FirstDifference.Should().StartWith("not fired 149-8-unit-terms-govern: expected not to fire, but it fired at trace[");
    }
}
