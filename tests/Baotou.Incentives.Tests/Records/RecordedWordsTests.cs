using System.Text.Json.Nodes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// The verb lives in <see cref="Modality"/> only, yet a record keeps the words of the first shipped format: the kind with its
/// verb (<c>MinimumReward</c>) and the two findings named after their verb (<c>Discretionary</c>, <c>AgreedByParties</c>).
/// </summary>
public sealed class RecordedWordsTests
{
    private static readonly DecisionRecord Sample = CaseFile.Parse(File.ReadAllText(
        Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-university-transfer.json"))).Evaluate();

    [Fact]
    public void A_record_writes_the_first_formats_words_and_reads_them_back_as_the_kind_and_the_verb()
    {
        var json = Sample.ToJson();

        json.Should().Contain("\"kind\": \"MinimumReward\"").And.Contain("\"status\": \"Discretionary\",\n      \"modality\": \"Discretionary\"");
        var read = DecisionRecord.Parse(json).Decision;
        read.Entitlements[0].Kind.Should().Be(EntitlementKind.Reward);
        read.Determinations.Single(d => d.Topic == "city-support").Should().Match<Determination>(d =>
            d.Status == DeterminationStatus.Applies && d.Modality == Modality.Discretionary);
    }

    [Fact]
    public void A_kind_by_its_member_name_is_refused_naming_the_words_a_record_holds()
    {
        var json = Edited("$.entitlements[0]", "kind", "Reward");

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should()
            .Be("must be one of MinimumReward, MinimumEquityShare, RecommendedRegionalIncentive, MinimumShareOfSurplus; was \"Reward\"");
    }

    [Fact]
    public void A_status_is_refused_naming_the_words_in_the_first_formats_order()
    {
        var json = Edited("$.determinations[0]", "status", "Granted");

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should()
            .StartWith("must be one of Eligible, NotEligible, NotCovered, Discretionary, UnitTermsGovern, AgreedByParties, Compliant,")
            .And.EndWith("ConditionsNotMet, Applies; was \"Granted\"");
    }

    /// <summary>The sample record with one word replaced, digest left as it was: the word is refused before any digest is read.</summary>
    private static string Edited(string path, string property, string word)
    {
        var root = JsonNode.Parse(Sample.ToJson())!;
        Forgery.At(root, path)![property] = word;
        return Forgery.Write(root);
    }
}
