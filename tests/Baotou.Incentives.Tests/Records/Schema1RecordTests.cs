using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Old records never become unreadable: a record of schema 1, made by the library at commit 0b251f6 before outcomes carried
/// modality and reason codes (Fixtures/schema-1-university-transfer.json), still reads, keeps its digest, writes back the
/// same bytes and replays as reproduced in its own terms: today's decision projected into schema 1, English sentences and all.
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
    public void A_schema_1_record_replays_as_reproduced_in_its_own_terms()
    {
        var result = Cases.Engine.Replay(Read());

        result.Verdict.Should().Be(ReplayVerdict.Reproduced, result.Summary());
        result.FirstDifference.Should().BeNull();
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

        // A sentence re-signed with a valid digest but not what the rules say: the replay names the field.
        var edited = DecisionRecord.Parse(text.Replace("money received under the contract (到账金额)", "money promised", StringComparison.Ordinal));
        var resigned = Resign(edited);
        var result = Cases.Engine.Replay(resigned);
        result.Verdict.Should().Be(ReplayVerdict.Diverged);
        result.FirstDifference!.Field.Should().Be("basisDescription");
        result.FirstDifference.Subject.Should().Be("149-7-regional-incentive/C-2024-0317");
    }

    [Fact]
    public void A_schema_1_record_is_explained_with_its_sentences_quoted()
    {
        var markdown = DecisionReport.ToMarkdown(Read(), ExplanationLanguage.English);

        markdown.Should().Contain("| Record schema | 1 |").And.Contain("net income of the transfer under contract");
    }

    private static DecisionRecord Resign(DecisionRecord record)
    {
        var legacy = record.Legacy!;
        var digest = Fingerprints.Sha256(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(legacy with { Digest = string.Empty }, Baotou.Incentives.Records.Schema1.Schema1Json.Compact.Schema1Document));
        return DecisionRecord.Parse(record.ToJson().Replace(legacy.Digest, digest, StringComparison.Ordinal));
    }
}
