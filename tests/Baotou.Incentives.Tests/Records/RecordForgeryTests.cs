using System.Text.Json.Nodes;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Each forgery the issue tried, made as a hostile reader would (edited, written canonically, digest recomputed): replay
/// compares the whole decision, so each is <c>diverged</c> naming the path of the edit; a duplicate key is refused.
/// </summary>
public sealed class RecordForgeryTests
{
    /// <summary>
    /// The sample transfer under both packs: the owed 80% (1,760,000.00) beside the 90% the national-award team may enjoy
    /// (1,980,000.00), the law's 50% (1,100,000.00) set aside as the lower floor; a transfer office; a major project with
    /// determinations.
    /// </summary>
    private static readonly string Genuine = UnderBothPacks(CaseFile.Parse(File.ReadAllText(
        Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", "sample-university-transfer.json")))).Evaluate().ToJson();

    // The sample names no packs: the default ones, which are both.
    private static CaseFile UnderBothPacks(CaseFile caseFile)
    {
        caseFile.Packs.Select(p => p.Id).Should().Equal(Baotou149.PackId, NationalLaw2015Article45.PackId);
        return caseFile;
    }

    private static ReplayResult Replayed(string json) => Packs.Both.Replay(DecisionRecord.Parse(json));

    public static TheoryData<string, string> EditedFields() => new()
    {
        { "$.entitlements[0].beneficiary", "\"TransferringUnit\"" },
        { "$.entitlements[0].kind", "\"RecommendedRegionalIncentive\"" },
        { "$.entitlements[0].clause", "\"149号·（七）\"" },
        { "$.entitlements[1].modality", "\"OwedMinimum\"" },
        { "$.entitlements[0].basisReason.contractId", "\"C-OTHER\"" },
        { "$.entitlements[1].grounds[0].achievementId", "\"A-OTHER\"" },
        { "$.entitlements[2].basisReason.officeName", "\"另一个技术转移机构\"" },
        { "$.entitlements[3].basisReason.code", "\"basis.equity-conversion-amount\"" },
        { "$.entitlements[1].minimumAmount", "1980000.004999" },
        { "$.entitlements[1].subjectFactId", "\"C-OTHER\"" },
        { "$.supersededEntitlements[0].rate", "0.85" },
        { "$.supersessions[0].reason.governingAmount", "1990000.00" },
        { "$.supersessions[0].reason.supersededRuleId", "\"149-8-equity-share\"" },
        { "$.supersessions[0].governingId", "\"149-8-national-award-transfer/C-2024-0317\"" },
        { "$.determinations[0].conditions[0].reason.unitName", "\"另一所大学\"" },
        { "$.determinations[1].conditions[0].reason.basisKind", "\"EquityConversionAmount\"" },
        { "$.determinations[2].modality", "\"OwedMinimum\"" },
        { "$.determinations[1].conditions[0].met", "false" },
        { "$.trace[0].sequence", "2" },
        { "$.trace[0].measure", "\"另一项措施\"" },
        { "$.trace[1].matchedFacts[0].id", "\"U-OTHER\"" },
    };

    [Theory]
    [MemberData(nameof(EditedFields))]
    public void An_edited_field_with_its_digest_recomputed_diverges_naming_its_path(string path, string forged)
    {
        var json = Forgery.Set(Genuine, path, JsonNode.Parse(forged));

        var result = Replayed(json);

        result.Verdict.Should().Be(ReplayVerdict.Diverged);
        result.FirstDifference!.Path.Should().Be(path);
        result.FirstDifference.Recorded.Should().Be(forged.Trim('"'));
        var genuine = Forgery.At(JsonNode.Parse(Genuine)!, path)!.AsValue();
        result.FirstDifference.Now.Should().Be(genuine.TryGetValue<string>(out var text) ? text : genuine.ToJsonString());
        result.RuleSetChanged.Should().BeFalse();
    }

    [Fact]
    public void A_finding_named_after_its_verb_beside_another_verb_is_refused_as_no_record_the_library_writes()
    {
        // "status": "Discretionary" is the first format's word for a measure that applies at discretion: it says the verb the
        // modality says. Beside another modality it is no decision the library can hold, so it cannot be written back.
        var root = JsonNode.Parse(Genuine)!;
        Forgery.At(root, "$.determinations[1]")!["modality"] = "OwedMinimum";
        var json = Forgery.Write(root);

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().StartWith("is not canonical: from line ");
    }

    [Fact]
    public void A_removed_supersession_diverges_naming_the_missing_element()
    {
        var json = Forgery.Edit(Genuine, root => root["supersessions"]!.AsArray().RemoveAt(0));

        var result = Replayed(json);

        result.Verdict.Should().Be(ReplayVerdict.Diverged);
        result.FirstDifference!.Path.Should().Be("$.supersessions[0]");
        result.FirstDifference.Recorded.Should().BeNull();
        result.FirstDifference.Subject.Should().Be(JsonNode.Parse(Genuine)!["supersessions"]![0]!["id"]!.GetValue<string>());
        result.FirstDifference.Now.Should().Contain("\"governingId\":\"149-8-transfer-licence-net-income/C-2024-0317\"");
    }

    [Fact]
    public void An_added_period_diverges_naming_the_field_only_the_record_has()
    {
        var json = Forgery.Edit(Genuine, root =>
        {
            var entitlement = root["entitlements"]![0]!.AsObject();
            entitlement["periodStart"] = "2024-01-01";
            entitlement["periodEnd"] = "2028-12-31";
        });

        var result = Replayed(json);

        result.Verdict.Should().Be(ReplayVerdict.Diverged);
        result.FirstDifference.Should().Be(new ReplayDifference("$.entitlements[0].periodStart", "149-8-transfer-licence-net-income/C-2024-0317", "149-8-transfer-licence-net-income", "2024-01-01", null));
    }

    [Fact]
    public void The_genuine_record_reproduces()
    {
        Replayed(Genuine).Verdict.Should().Be(ReplayVerdict.Reproduced);
        Forgery.WithDigestRecomputed(Genuine).Should().Be(Genuine);
    }

    public static TheoryData<string, string, string> DuplicatedKeys() => new()
    {
        { "\"minimumAmount\": 1980000.00", "\"minimumAmount\": 9999999.00,\n      \"minimumAmount\": 1980000.00", "$.entitlements[1].minimumAmount" },
        { "\"beneficiary\": \"CompletingTeam\"", "\"beneficiary\": \"TransferringUnit\",\n      \"beneficiary\": \"CompletingTeam\"", "$.entitlements[0].beneficiary" },
        { "\"id\": \"sample-university-transfer\"", "\"id\": \"another-case\",\n    \"id\": \"sample-university-transfer\"", "$.case.id" },
        { "\n  \"digest\": ", "\n  \"digest\": \"sha256:0\",\n  \"digest\": ", "$.digest" },
    };

    [Theory]
    [MemberData(nameof(DuplicatedKeys))]
    public void A_duplicated_key_is_refused_naming_its_path(string original, string duplicated, string path)
    {
        Genuine.Should().Contain(original);
        var first = Genuine.IndexOf(original, StringComparison.Ordinal);
        var json = Genuine[..first] + duplicated + Genuine[(first + original.Length)..];

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().Equal(
            new ValidationProblem("JSON", null, path, "is given twice in one object: a reader would see one value and the library another"));
    }

    [Theory]
    [InlineData("\"minimumAmount\": 1980000.00", "\"minimumAmount\": 1.98E6")]
    [InlineData("\"schemaVersion\": 3,\n  \"libraryVersion\"", "\"libraryVersion\"")]
    [InlineData("\n", "\r\n")]
    public void A_reordered_or_respelt_record_is_not_canonical_rather_than_tampered(string original, string respelt)
    {
        var json = Genuine.Replace(original, respelt, StringComparison.Ordinal);
        if (!respelt.Contains("E6", StringComparison.Ordinal) && !respelt.Contains('\r', StringComparison.Ordinal))
        {
            json = json.Replace("\"ruleSetFingerprint\"", "\"schemaVersion\": 3,\n  \"ruleSetFingerprint\"", StringComparison.Ordinal);
        }

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().StartWith("is not canonical: from line ");
    }

    [Fact]
    public void A_record_with_a_byte_order_mark_reads_as_a_case_file_with_one_does()
    {
        var record = DecisionRecord.Parse([.. new byte[] { 0xEF, 0xBB, 0xBF }, .. System.Text.Encoding.UTF8.GetBytes(Genuine)]);
        var caseFile = CaseFile.Parse([.. new byte[] { 0xEF, 0xBB, 0xBF }, .. System.Text.Encoding.UTF8.GetBytes(CaseFile.Write(record.Case, record.Decision.EvaluationDate, record.Decision.PackIds))]);

        Packs.Both.Replay(record).Verdict.Should().Be(ReplayVerdict.Reproduced);
        caseFile.Case.Facts.Should().HaveCount(record.Case.Facts.Count);
    }
}
