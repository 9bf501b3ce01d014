using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>Case files: what the tool's <c>evaluate</c> reads. Every field of a fact is required; nothing defaults quietly.</summary>
public sealed class CaseFileTests
{
    private static readonly string Sample = File.ReadAllText(
        Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-university-transfer.json"));

    [Fact]
    public void A_sample_case_file_reads_and_writes_back_to_the_same_text()
    {
        var file = CaseFile.Parse(Sample);

        // The sample names no packs (the default ones); a file written with none names none.
        CaseFile.Write(file.Case, file.EvaluationDate, []).Should().Be(Sample);
        file.Packs.Select(p => p.Id).Should().Equal("baotou-2023-149", "cn-law-2015-art45");
        file.EvaluationDate.Should().Be(new LocalDate(2025, 6, 30));
    }

    [Fact]
    public void A_fact_missing_a_field_is_refused_rather_than_given_a_default()
    {
        // Without the check, a missing "landsInBaotou" would read as false and quietly cost the unit its （七） incentive.
        var json = Sample.Replace(",\n        \"landsInBaotou\": true", string.Empty, StringComparison.Ordinal);
        json.Should().NotBe(Sample);

        var act = () => CaseFile.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().Equal(
            new ValidationProblem("JSON", null, "$.facts[2].technologyContract", "lacks required fields: landsInBaotou"));
    }

    [Fact]
    public void A_pack_the_library_does_not_ship_is_refused_naming_the_known_ones()
    {
        var act = () => CaseFile.Parse(Sample.Replace("\"evaluationDate\": \"2025-06-30\",", "\"evaluationDate\": \"2025-06-30\", \"packs\": [\"baotou-2099-1\"],", StringComparison.Ordinal));

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason
            .Should().Be("is not a pack the library ships; known packs: baotou-2023-149, cn-law-2015-art45");
    }

    [Fact]
    public void A_case_file_without_an_evaluation_date_is_refused()
    {
        var act = () => CaseFile.Parse(Sample.Replace("\"evaluationDate\": \"2025-06-30\",", string.Empty, StringComparison.Ordinal));

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Field.Should().Be("$.evaluationDate");
    }

    [Fact]
    public void A_dangling_reference_in_a_case_file_is_refused_like_one_in_code()
    {
        var act = () => CaseFile.Parse(Sample.Replace("\"contractId\": \"C-2024-0317\"", "\"contractId\": \"C-NONE\"", StringComparison.Ordinal));

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().Contain(p => p.Reason == "names TechnologyContract 'C-NONE', which is not in the case");
    }
}
