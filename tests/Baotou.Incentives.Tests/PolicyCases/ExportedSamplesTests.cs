using System.Text.Json;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Records;
using Baotou.Incentives.Sample;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.PolicyCases;

/// <summary>
/// What the sample exports is what docs/POLICY-CASES.md says: <c>--export-cases</c> gives the case files of samples/cases
/// (what <c>evaluate</c> reads), <c>--export-policy-cases</c> policy case skeletons that <c>verify</c> accepts as they are.
/// </summary>
public sealed class ExportedSamplesTests
{
    private static readonly LocalDate EvaluationDate = new(2025, 6, 30);

    [Fact]
    public void Every_policy_case_skeleton_is_read_and_verified_by_verify()
    {
        foreach (var incentiveCase in SampleCases.All())
        {
            var skeleton = PolicyCaseSkeleton.Write(incentiveCase, EvaluationDate, [Baotou149.PackId]);

            var policyCase = PolicyCaseFile.Parse(skeleton);

            policyCase.Verify().Passed.Should().BeTrue(incentiveCase.Id);
            policyCase.Case.Facts.Should().HaveCount(incentiveCase.Facts.Count);
            using var json = JsonDocument.Parse(skeleton);
            json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
                "name", "clause", "description", "evaluationDate", "packs", "facts", "expected");
        }
    }

    [Fact]
    public void The_exported_case_files_are_the_ones_in_samples_cases()
    {
        foreach (var incentiveCase in SampleCases.All())
        {
            var path = Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", incentiveCase.Id + ".json");

            CaseFile.Write(incentiveCase, EvaluationDate, [Baotou149.PackId]).Should().Be(File.ReadAllText(path), incentiveCase.Id);
        }
    }
}
