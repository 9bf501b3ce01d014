using System.Text;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>The readers speak plainly: the nearest known name, the valid values, every problem at once, and no .NET type name.</summary>
public sealed class ReaderMessageTests
{
    private static readonly string Sample = File.ReadAllText(
        Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-university-transfer.json"));

    private static IReadOnlyList<ValidationProblem> Problems(Action read) =>
        read.Should().Throw<IncentiveValidationException>().Which.Problems;

    [Fact]
    public void A_misspelt_field_is_named_with_the_nearest_known_one()
    {
        var problems = Problems(() => CaseFile.Parse(Sample.Replace("\"contractAmount\"", "\"contractAmout\"", StringComparison.Ordinal)));

        problems.Should().ContainEquivalentOf(new ValidationProblem("JSON", null, "$.facts[2].technologyContract.contractAmout", "unknown field; did you mean contractAmount?"));
    }

    [Fact]
    public void A_misspelt_kind_of_fact_is_named_with_the_nearest_known_one()
    {
        var problems = Problems(() => CaseFile.Parse(Sample.Replace("\"technologyContract\"", "\"technologyContrat\"", StringComparison.Ordinal)));

        problems.Should().Contain(new ValidationProblem("JSON", null, "$.facts[2].technologyContrat", "unknown kind of fact; did you mean technologyContract?"));
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_valid_ones()
    {
        var problems = Problems(() => CaseFile.Parse(Sample.Replace("\"kind\": \"University\"", "\"kind\": \"Polytechnic\"", StringComparison.Ordinal)));

        problems.Should().Equal(new ValidationProblem("JSON", null, "$.facts[0].unit.kind",
            "must be one of University, ResearchInstitute, StateOwnedEnterprise, PublicInstitution, Other; was \"Polytechnic\""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void An_empty_file_is_called_empty_by_every_reader(string text)
    {
        Problems(() => CaseFile.Parse(text)).Single().Reason.Should().Be("is empty: a case file is a JSON object");
        Problems(() => DecisionRecord.Parse(text)).Single().Reason.Should().Be("is empty: a record is a JSON object");
        Problems(() => PolicyCaseFile.Parse(text)).Single().Reason.Should().Be("is empty: a policy case is a JSON object");
    }

    [Fact]
    public void A_payment_for_an_unknown_contract_and_a_negative_deduction_are_refused_together()
    {
        const string payment = "\"contractId\": \"C-2024-0317\",\n        \"receivedOn\"";
        var first = Sample.IndexOf(payment, StringComparison.Ordinal);
        var json = (Sample[..first] + "\"contractId\": \"C-NONE\",\n        \"receivedOn\"" + Sample[(first + payment.Length)..])
            .Replace("\"amount\": 56000", "\"amount\": -56000", StringComparison.Ordinal);
        json.Should().Contain("C-NONE").And.Contain("-56000");

        var problems = Problems(() => CaseFile.Parse(json));

        problems.Should().HaveCount(2);
        problems.Should().Contain(p => p.Field.EndsWith("incomeDeduction.amount", StringComparison.Ordinal) && p.Reason.StartsWith("must be greater than 0 yuan; was -56000", StringComparison.Ordinal));
        problems.Should().Contain(p => p.FactId == "P-1" && p.Reason == "names TechnologyContract 'C-NONE', which is not in the case");
    }

    [Fact]
    public void Several_bad_values_in_several_facts_are_all_named()
    {
        var json = Sample
            .Replace("\"kind\": \"University\"", "\"kind\": \"Polytechnic\"", StringComparison.Ordinal)
            .Replace("\"contractAmount\"", "\"contractAmout\"", StringComparison.Ordinal)
            .Replace("\"receivedOn\": \"2024-04-02\"", "\"receivedOn\": 20240311", StringComparison.Ordinal);

        var problems = Problems(() => CaseFile.Parse(json));

        problems.Select(p => p.Field).Should().Contain(["$.facts[0].unit.kind", "$.facts[2].technologyContract.contractAmout", "$.facts[3].paymentReceived.receivedOn"]);
    }

    [Fact]
    public void An_amount_with_thirty_more_decimal_places_is_refused_naming_its_path()
    {
        var json = Sample.Replace("\"amount\": 56000", "\"amount\": 56000.000000000000000000000000000001", StringComparison.Ordinal);

        var problem = Problems(() => CaseFile.Parse(json)).Single();

        problem.Field.Should().Be("$.facts[6].incomeDeduction.amount");
        problem.Reason.Should().StartWith("has more digits than can be read exactly");
    }

    [Fact]
    public void An_amount_finer_than_the_fen_is_refused_naming_its_path()
    {
        var problem = Problems(() => CaseFile.Parse(Sample.Replace("\"amount\": 56000", "\"amount\": 56000.001", StringComparison.Ordinal))).Single();

        problem.Field.Should().Be("$.facts[6].incomeDeduction.amount");
        problem.Reason.Should().Be("must be recorded to the fen (at most 2 decimal places); was 56000.001");
    }

    [Fact]
    public void No_message_names_a_dotnet_type()
    {
        string[] broken =
        [
            Sample.Replace("\"kind\": \"University\"", "\"kind\": 3", StringComparison.Ordinal),
            Sample.Replace("\"facts\": [", "\"facts\": {\"x\": [", StringComparison.Ordinal),
            Sample.Replace("\"id\": \"U-", "\"id\": [\"U-", StringComparison.Ordinal),
            Sample.Replace("\"evaluationDate\": \"2025-06-30\"", "\"evaluationDate\": {}", StringComparison.Ordinal),
            Sample.Replace("\"hasRewardAgreement\": false", "\"hasRewardAgreement\": \"no\"", StringComparison.Ordinal),
            Sample.Replace("\"evaluationDate\": \"2025-06-30\",", "\"evaluationDate\": \"2025-06-30\", \"packs\": [3, \"baotou-2023-149\"],", StringComparison.Ordinal),
            "{\"unknown\": 1}",
            "[]",
            "null",
        ];

        foreach (var text in broken)
        {
            var act = () => CaseFile.Parse(text);
            var messages = act.Should().Throw<IncentiveValidationException>().Which.Problems.Select(p => p.ToString()).ToArray();
            messages.Should().NotContain(m => m.Contains("Baotou.", StringComparison.Ordinal) || m.Contains("System.", StringComparison.Ordinal) || m.Contains("NodaTime.", StringComparison.Ordinal), text);
        }
    }

    [Fact]
    public void Every_reader_skips_one_byte_order_mark()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var policyCase = File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "tests", "policy-cases", "01-major-project-at-threshold.json"));

        CaseFile.Parse([.. bom, .. Encoding.UTF8.GetBytes(Sample)]).Case.Facts.Should().NotBeEmpty();
        PolicyCaseFile.Parse([.. bom, .. Encoding.UTF8.GetBytes(policyCase)]).Verify().Passed.Should().BeTrue();
        var twice = () => CaseFile.Parse([.. bom, .. bom, .. Encoding.UTF8.GetBytes(Sample)]);
        twice.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().StartWith("is not well-formed JSON");
    }
}
