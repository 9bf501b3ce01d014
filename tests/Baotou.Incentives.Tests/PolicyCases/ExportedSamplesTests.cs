using System.Text.Json;
using System.Text.Json.Nodes;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Records;
using Baotou.Incentives.Sample;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.PolicyCases;

/// <summary>
/// What the sample exports is what docs/POLICY-CASES.md says: <c>--export-cases</c> gives the case files of samples/cases
/// (what <c>evaluate</c> reads, under the default packs), <c>--export-policy-cases</c> policy case skeletons that <c>verify</c>
/// reads as they are and fails until their <c>expected</c> says what the case must show.
/// </summary>
public sealed class ExportedSamplesTests
{
    private static readonly LocalDate EvaluationDate = new(2025, 6, 30);

    [Fact]
    public void Every_policy_case_skeleton_is_read_by_verify_and_fails_until_it_says_what_it_expects()
    {
        foreach (var incentiveCase in SampleCases.All())
        {
            var skeleton = PolicyCaseSkeleton.Write(incentiveCase, EvaluationDate, []);

            var policyCase = PolicyCaseFile.Parse(skeleton);

            var result = policyCase.Verify();
            result.Passed.Should().BeFalse(incentiveCase.Id);
            result.FirstDifference.Should().Be("nothing expected: say in \"expected\" what the text makes come out (an entitlement, determination, obligation, superseded, notFired or an invariant), worked by hand; docs/POLICY-CASES.md");
            policyCase.Case.Facts.Should().HaveCount(incentiveCase.Facts.Count);
            using var json = JsonDocument.Parse(skeleton);
            json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
                "name", "clause", "description", "evaluationDate", "facts", "expected");
        }
    }

    [Fact]
    public void The_exported_case_files_are_the_ones_in_samples_cases_under_the_default_packs()
    {
        foreach (var incentiveCase in SampleCases.All())
        {
            var path = Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", incentiveCase.Id + ".json");

            CaseFile.Write(incentiveCase, EvaluationDate, []).Should().Be(File.ReadAllText(path), incentiveCase.Id);
            File.ReadAllText(path).Should().NotContain("\"packs\"", "a sample case is under the default packs unless it is about pack choice");
        }

        // The one case about pack choice names both packs.
        var twoPacks = Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-soe-two-packs.json");
        CaseFile.Write(SampleCases.EnterpriseSelfImplementation(), EvaluationDate, [Baotou149.PackId, NationalLaw2015Article45.PackId])
            .Should().Be(File.ReadAllText(twoPacks));
    }

    [Fact]
    public void A_policy_case_that_expects_something_true_passes_and_one_that_expects_nothing_fails()
    {
        // The transfer sample's skeleton with one entitlement filled in by hand: 2,400,000.00 received by 2025-06-30 (P-3's
        // 600,000.00 comes after), less 200,000.00 taxes = 2,200,000.00 net; the team may enjoy 90% (national award) =
        // 1,980,000.00.
        var skeleton = JsonNode.Parse(PolicyCaseSkeleton.Write(SampleCases.All().Single(c => c.Id == "sample-university-transfer"), EvaluationDate, []))!;
        skeleton["expected"] = JsonNode.Parse("""{ "entitlements": [ { "rule": "149-8-national-award-transfer", "subject": "C-2024-0317", "minimumAmount": 1980000.00 } ] }""");
        PolicyCaseFile.Parse(skeleton.ToJsonString()).Verify().Passed.Should().BeTrue();

        skeleton["expected"] = JsonNode.Parse("""{ "entitlements": [], "notFired": [] }""");
        PolicyCaseFile.Parse(skeleton.ToJsonString()).Verify().Passed.Should().BeFalse("empty lists check nothing");
    }
}
