using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Old records never become unreadable: a record of schema 1, made by the library at commit 0b251f6 before outcomes carried
/// modality and reason codes (Fixtures/schema-1-university-transfer.json), still reads, keeps its digest, writes back the
/// same bytes and replays in its own terms: today's decision projected into schema 1, English sentences and all, diverging
/// only where a reading changed since (issue 22's （三）), which the replay names.
/// </summary>
public sealed class Schema1RecordTests
{
    private static readonly string Path1 = Path.Combine(ConventionTests.RepositoryRoot(), "tests", "Baotou.Incentives.Tests", "Records", "Fixtures", "schema-1-university-transfer.json");

    private static DecisionRecord Read() => DecisionRecord.Parse(File.ReadAllBytes(Path1));

    [Fact]
    public void A_schema_1_record_reads_intact_and_writes_back_the_bytes_read()
    {
        var record = Read();

        record.SchemaVersion.Should().Be(1);
        record.IsIntact.Should().BeTrue();
        record.ToJson().Should().Be(File.ReadAllText(Path1));
        record.Decision.Entitlements.Select(e => e.Id).Should().Equal(
            "149-8-national-award-transfer/C-2024-0317", "149-5-transfer-office-staff-reward/T-1", "149-7-regional-incentive/C-2024-0317");
    }

    [Fact]
    public void A_schema_1_record_keeps_its_sentences_as_written_and_gets_the_modality_of_its_rules()
    {
        var decision = Read().Decision;

        var award = decision.Entitlements[0];
        award.BasisReason.Should().Be(new RecordedText("net income of the transfer under contract C-2024-0317 (national S&T award achievement)"));
        award.Modality.Should().Be(Modality.MayEnjoy);
        decision.Entitlements[2].Modality.Should().Be(Modality.RecommendedToSeek);
        decision.Supersessions.Single().Reason.Should().Be(new RecordedText(
            "从高从新不重复: higher amount: 1,980,000.00 (90%, 149-8-national-award-transfer) > 1,760,000.00 (80%, 149-8-transfer-licence-net-income)"));
        decision.Determinations.Single(d => d.Topic == "city-support").Modality.Should().Be(Modality.Discretionary);
    }

    [Fact]
    public void A_schema_1_record_replays_in_its_own_terms_and_diverges_where_the_reading_of_overlaps_changed()
    {
        // Recorded when the 90% the team may enjoy set aside the 80% it is owed; now both stand, so the first entitlement differs.
        var result = Cases.Engine.Replay(Read());

        result.Verdict.Should().Be(ReplayVerdict.Diverged, result.Summary());
        result.FirstDifference.Should().Be(new ReplayDifference("$.entitlements[0].id", "149-8-national-award-transfer/C-2024-0317",
            "149-8-national-award-transfer", "149-8-national-award-transfer/C-2024-0317", "149-8-transfer-licence-net-income/C-2024-0317"));
        result.ParameterChanges.Should().BeEmpty();
        result.RuleSetChanged.Should().BeTrue("the rules were rewritten to name reason codes since the record was made; the replay says so");
    }

    [Fact]
    public void An_edited_schema_1_record_is_tampered_and_a_changed_sentence_diverges()
    {
        var text = File.ReadAllText(Path1);
        var tampered = DecisionRecord.Parse(text.Replace("\"minimumAmount\": 480000.00", "\"minimumAmount\": 580000.00", StringComparison.Ordinal));
        tampered.IsIntact.Should().BeFalse();
        Cases.Engine.Replay(tampered).Verdict.Should().Be(ReplayVerdict.Tampered);

        // A sentence re-signed with a valid digest: intact, so replayed, and it diverges (first where the reading of overlaps changed).
        var edited = DecisionRecord.Parse(text.Replace("money received under the contract (到账金额)", "money promised", StringComparison.Ordinal));
        var resigned = Resign(edited);
        resigned.IsIntact.Should().BeTrue();
        Cases.Engine.Replay(resigned).Verdict.Should().Be(ReplayVerdict.Diverged);
    }

    [Fact]
    public void A_schema_1_record_is_compared_field_by_field_in_its_own_terms_naming_the_path()
    {
        var text = File.ReadAllText(Path1);
        var edited = DecisionRecord.Parse(text.Replace("\"beneficiary\": \"TransferOfficeStaff\"", "\"beneficiary\": \"CompletingTeam\"", StringComparison.Ordinal));

        var result = Cases.Engine.Replay(Resign(edited));

        // The first difference is where the reading of overlaps changed since the record was made (the 80% now stands beside the
        // 90%); the comparison goes field by field in the record's own terms, so it names the path of the entitlement id first.
        result.Verdict.Should().Be(ReplayVerdict.Diverged);
        result.FirstDifference!.Path.Should().Be("$.entitlements[0].id");
    }

    [Fact]
    public void A_schema_1_record_is_read_as_strictly_as_schema_2_duplicate_keys_and_non_canonical_text_refused()
    {
        var text = File.ReadAllText(Path1);
        var duplicated = text.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,\n  \"schemaVersion\": 1,", StringComparison.Ordinal);
        var respelt = text.Replace("\"minimumAmount\": 480000.00", "\"minimumAmount\": 4.8E5", StringComparison.Ordinal);

        FluentActions.Invoking(() => DecisionRecord.Parse(duplicated)).Should().Throw<IncentiveValidationException>()
            .Which.Problems.Should().Equal(new ValidationProblem("JSON", null, "$.schemaVersion", "is given twice in one object: a reader would see one value and the library another"));
        respelt.Should().NotBe(text);
        FluentActions.Invoking(() => DecisionRecord.Parse(respelt)).Should().Throw<IncentiveValidationException>()
            .Which.Problems.Single().Reason.Should().StartWith("is not canonical: from line ");
    }

    [Fact]
    public void A_schema_1_record_is_unsigned_and_cannot_be_signed_since_schema_1_has_no_place_for_a_signature()
    {
        using var key = TestKeys.NewP256();
        using var signer = Baotou.Incentives.Signing.RecordSigner.FromPem(TestKeys.PrivateKeyPem(key));
        var record = Read();

        record.CheckSignature().Status.Should().Be(Baotou.Incentives.Signing.SignatureStatus.Unsigned);
        FluentActions.Invoking(() => signer.Sign(record)).Should().Throw<IncentiveValidationException>()
            .Which.Problems.Single().Reason.Should().StartWith("is 1; schema 1 has no place for a signature");
    }

    [Fact]
    public void A_schema_1_record_is_explained_with_its_sentences_quoted()
    {
        var markdown = DecisionReport.ToMarkdown(Read(), ExplanationLanguage.English);

        markdown.Should().Contain("| Record schema | 1 |").And.Contain("net income of the transfer under contract");
    }

    private static DecisionRecord Resign(DecisionRecord record) =>
        DecisionRecord.Parse(record.ToJson().Replace(record.Legacy!.Digest, DecisionRecord.DigestOf(record.Legacy), StringComparison.Ordinal));
}
