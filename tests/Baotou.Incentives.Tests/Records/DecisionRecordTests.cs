using System.Text;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>A decision record holds inputs, outcomes and trace as canonical JSON, with a digest, and reads back exactly.</summary>
public sealed class DecisionRecordTests
{
    /// <summary>A university transfer: 2,500,000.00 received, 100,000.00 taxes, a transfer office; 80% of 2,400,000.00 net = 1,920,000.00.</summary>
    internal static IncentiveCase Transfer() =>
        Cases.University()
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 2_500_000m)
            .Payment("P1", "C1", Cases.Signed.PlusDays(10), 2_500_000m)
            .Deduction("D1", "C1", DeductionKind.RelatedTaxes, 100_000m)
            .TransferOffice("T1", "C1", "技术转移中心")
            .Build();

    [Fact]
    public void A_record_round_trips_to_identical_bytes()
    {
        var json = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson();

        var read = DecisionRecord.Parse(json);

        read.ToJson().Should().Be(json);
        read.IsIntact.Should().BeTrue();
        read.Decision.FindEntitlement("149-8-transfer-licence-net-income", "C1")!.MinimumAmount.Should().Be(1_920_000m);
        read.Case.Facts.Should().HaveCount(Transfer().Facts.Count);
    }

    [Fact]
    public void The_same_decision_always_serialises_to_the_same_bytes_whatever_the_order_of_facts()
    {
        var facts = Transfer().Facts;
        var reversed = new IncentiveCase("test-case", facts.Reverse());

        var first = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToUtf8Json();
        var second = new IncentiveEngine([Baotou149.Pack]).Record(reversed, Cases.Evaluated).ToUtf8Json();

        second.Should().Equal(first);
    }

    [Fact]
    public void The_record_holds_version_fingerprints_date_parameters_inputs_outcomes_and_trace()
    {
        var record = Cases.Engine.Record(Transfer(), Cases.Evaluated);
        var json = record.ToJson();

        record.SchemaVersion.Should().Be(3);
        record.RuleSetFingerprint.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
        record.ParameterFingerprint.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
        record.Digest.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
        record.Parameters.Should().Contain(new RecordedParameter("baotou-2023-149", "149.8.transfer-licence-net-income-share", new LocalDate(2023, 12, 18), 0.80m));
        json.Should().Contain("\"evaluationDate\": \"2026-06-30\"")
            .And.Contain("{\n        \"unit\": {")
            .And.Contain("\"name\": \"测试单位\"")
            .And.Contain("\"minimumAmount\": 1920000.00")
            .And.Contain("\"trace\": [");
    }

    [Fact]
    public void A_record_with_one_amount_edited_by_hand_is_reported_tampered()
    {
        var json = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson();
        var edited = json.Replace("\"minimumAmount\": 1920000.00", "\"minimumAmount\": 2920000.00", StringComparison.Ordinal);
        edited.Should().NotBe(json);

        var record = DecisionRecord.Parse(edited);
        var result = Cases.Engine.Replay(record);

        record.IsIntact.Should().BeFalse();
        result.Verdict.Should().Be(ReplayVerdict.Tampered);
        result.Summary().Should().StartWith("tampered");
    }

    [Fact]
    public void A_record_made_under_a_different_parameter_value_is_reported_diverged_naming_the_parameter()
    {
        var raised = new IncentiveEngine([Baotou149.Pack.WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m)]);
        var record = DecisionRecord.Parse(raised.Record(Transfer(), Cases.Evaluated).ToJson());

        var result = Cases.Engine.Replay(record);

        // Recorded 2,400,000.00 × 85% = 2,040,000.00; now 80% = 1,920,000.00.
        result.Verdict.Should().Be(ReplayVerdict.Diverged);
        result.FirstDifference.Should().Be(new ReplayDifference("$.entitlements[0].rate", "149-8-transfer-licence-net-income/C1", "149-8-transfer-licence-net-income", "0.85", "0.80"));
        result.ParameterChanges.Should().Equal(new ParameterChange("baotou-2023-149", "149.8.transfer-licence-net-income-share", new LocalDate(2023, 12, 18), 0.85m, 0.80m));
        result.RuleSetChanged.Should().BeFalse();
        result.Summary().Should().Contain("parameter 149.8.transfer-licence-net-income-share of baotou-2023-149 from 2023-12-18 changed: recorded 0.85, now 0.80");
    }

    [Fact]
    public void A_record_replayed_with_the_same_rules_and_packs_is_reproduced()
    {
        var result = Cases.Engine.Replay(DecisionRecord.Parse(Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson()));

        result.Verdict.Should().Be(ReplayVerdict.Reproduced);
        result.FirstDifference.Should().BeNull();
        result.ParameterChanges.Should().BeEmpty();
        result.Summary().Should().Be("reproduced; unsigned");
    }

    [Fact]
    public void A_record_replayed_under_other_packs_diverges_on_the_packs()
    {
        var result = Packs.Both.Replay(Cases.Engine.Record(Transfer(), Cases.Evaluated));

        result.Verdict.Should().Be(ReplayVerdict.Diverged);
        result.FirstDifference.Should().Be(new ReplayDifference("$.packs", "$.packs", null, "baotou-2023-149", "baotou-2023-149, cn-law-2015-art45"));
    }

    [Fact]
    public void A_record_of_an_unknown_schema_version_is_refused_clearly()
    {
        var json = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson().Replace("\"schemaVersion\": 3,", "\"schemaVersion\": 4,", StringComparison.Ordinal);

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().Equal(
            new ValidationProblem("JSON", null, "$.schemaVersion", "is 4; this library reads schema version 3 (a later library writes version 4: read the record with it)"));
    }

    [Theory]
    [InlineData("", "$", "is empty: a record is a JSON object")]
    [InlineData("\uFEFF \n", "$", "is empty: a record is a JSON object")]
    [InlineData("{\"schemaVersion\": 1, ", "$", "is not well-formed JSON")]
    [InlineData("[1, 2]", "$", "must be a JSON object; found Array")]
    [InlineData("{\"digest\": \"x\"}", "$.schemaVersion", "is required and must be a whole number")]
    [InlineData("{\"schemaVersion\": \"1\"}", "$.schemaVersion", "is required and must be a whole number")]
    public void Malformed_records_are_refused_naming_where_and_why(string json, string path, string reason)
    {
        var act = () => DecisionRecord.Parse(json);

        var problem = act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Field.Should().Be(path);
        problem.Reason.Should().StartWith(reason);
    }

    [Fact]
    public void An_unknown_property_is_refused()
    {
        var json = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson().Replace("\"schemaVersion\": 3,", "\"schemaVersion\": 3, \"extra\": true,", StringComparison.Ordinal);

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Field.Should().Be("$.extra");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var json = "{\"schemaVersion\": 1, \"x\": " + new string('[', 100) + new string(']', 100) + "}";

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().Contain("depth");
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        var huge = new byte[16 * 1024 * 1024 + 1];

        var act = () => DecisionRecord.Parse(huge);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason
            .Should().Be("is 16777217 bytes; a record may be at most 16777216 bytes");
    }

    [Fact]
    public void A_value_a_fact_would_refuse_is_refused_naming_the_path()
    {
        var json = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson().Replace("\"amount\": 2500000", "\"amount\": -2500000", StringComparison.Ordinal);

        var act = () => DecisionRecord.Parse(json);

        var problem = act.Should().Throw<IncentiveValidationException>().Which.Problems.Single();
        problem.FactType.Should().Be("PaymentReceived");
        problem.Field.Should().Be("$.case.facts[3].paymentReceived.amount");
        problem.Reason.Should().Be("must be greater than 0 yuan; was -2500000");
    }

    [Fact]
    public void A_number_written_as_a_string_is_refused()
    {
        var json = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson().Replace("\"amount\": 2500000", "\"amount\": \"2500000\"", StringComparison.Ordinal);

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Field.Should().StartWith("$.case.facts[3].paymentReceived");
    }

    [Fact]
    public void An_unknown_enum_name_is_refused()
    {
        var json = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson().Replace("\"kind\": \"University\"", "\"kind\": \"Polytechnic\"", StringComparison.Ordinal);

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Field.Should().StartWith("$.case.facts[0].unit");
    }

    [Fact]
    public void A_non_ISO_date_is_refused()
    {
        var json = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToJson().Replace("\"receivedOn\": \"2024-03-11\"", "\"receivedOn\": \"11/03/2024\"", StringComparison.Ordinal);

        var act = () => DecisionRecord.Parse(json);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason.Should().Contain("ISO date");
    }

    [Fact]
    public void Writing_is_UTF8_without_a_byte_order_mark_and_with_unix_line_ends()
    {
        var bytes = Cases.Engine.Record(Transfer(), Cases.Evaluated).ToUtf8Json();

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes).Should().NotContain("\r");
    }

    [Fact]
    public void A_fact_with_an_empty_optional_field_round_trips()
    {
        // Nothing was published before the contract: the publication date is null, left out of the JSON, and read back as null.
        var withoutPublication = Cases.University().WithMoneyContract(TransformationMode.Transfer, 300_000m)
            .Publicity("B1", "C1", PricingMethod.Negotiation, null).Build();
        var json = Cases.Engine.Record(withoutPublication, Cases.Evaluated).ToJson();

        var read = DecisionRecord.Parse(json);

        // Packs have their own publishedOn; the case's facts are what must leave it out.
        json[json.IndexOf("\"case\":", StringComparison.Ordinal)..].Should().NotContain("publishedOn");
        read.ToJson().Should().Be(json);
        read.Case.FactsOf<TransactionPublicity>().Single().PublishedOn.Should().BeNull();
        Cases.Engine.Replay(read).Verdict.Should().Be(ReplayVerdict.Reproduced);
    }
}
