using System.Text;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Every reader refuses a document over 16 MB before reading it when its length is known, and after one byte past the
/// limit when it is not: asserted on bytes read, never on time. A case too large for its record is refused up front.
/// </summary>
public sealed class InputLimitTests : IDisposable
{
    private const long Limit = 16 * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("baotou-limits-").FullName;

    public static TheoryData<string> Readers() => ["record", "case file", "policy case"];

    private static object Read(string reader, Stream stream) => reader switch
    {
        "record" => DecisionRecord.Parse(stream),
        "case file" => CaseFile.Parse(stream),
        _ => PolicyCaseFile.Parse(stream),
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_sparse_file_of_one_and_a_half_gigabytes_is_refused_from_its_length_without_reading_a_byte(string reader)
    {
        var path = Path.Combine(_folder, "huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(1_610_612_736);
        }

        using var stream = new CountingStream(File.OpenRead(path));
        var act = () => Read(reader, stream);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason
            .Should().Be($"is 1610612736 bytes; a {reader} may be at most 16777216 bytes");
        stream.BytesRead.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_endless_stream_is_refused_after_one_byte_past_the_limit(string reader)
    {
        using var endless = new CountingStream(new EndlessStream());

        var act = () => Read(reader, endless);

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Single().Reason
            .Should().Be($"is more than 16777216 bytes (stopped reading there); a {reader} may be at most 16777216 bytes");
        endless.BytesRead.Should().Be(Limit + 1);
    }

    [Fact]
    public void A_case_of_100000_payments_is_refused_before_evaluation_naming_the_limit()
    {
        var text = new StringBuilder("""{"id": "big", "evaluationDate": "2025-06-30", "facts": [""");
        text.Append("""{"unit": {"id": "U1", "name": "某大学", "kind": "University", "hasRewardDistributionRule": false, "hasRewardAgreement": false}}""");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append(", {\"paymentReceived\": {\"id\": \"P").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append("\", \"contractId\": \"C1\", \"receivedOn\": \"2024-03-11\", \"amount\": 1}}");
        }

        text.Append("]}");
        text.Length.Should().BeLessThan((int)Limit, "the file itself is within the size limit, so the count is what refuses it");

        var act = () => CaseFile.Parse(text.ToString());

        act.Should().Throw<IncentiveValidationException>().Which.Problems.Should().Equal(new ValidationProblem("JSON", null, "$.facts",
            "has 100001 facts; a case read from JSON may hold at most 2000 (so that its record stays within 16777216 bytes)"));
    }

    [Fact]
    public void A_case_at_the_fact_limit_gives_a_record_that_replay_reads()
    {
        // 1,996 payments of 1 yuan under one transfer contract: with the unit, achievement, contract and transfer office, 2,000 facts.
        var builder = Support.Cases.University().Contract("C1", "A1", TransformationMode.Transfer, Support.Cases.Signed, 1_996m)
            .TransferOffice("T1", "C1", "技术转移中心");
        for (var i = 0; i < 1_996; i++)
        {
            builder.Payment($"P{i:D5}", "C1", Support.Cases.Signed, 1m);
        }

        var incentiveCase = builder.Build();
        var file = CaseFile.Parse(CaseFile.Write(incentiveCase, Support.Cases.Evaluated, ["baotou-2023-149"]));
        var json = file.Evaluate().ToUtf8Json();

        file.Case.Facts.Should().HaveCount(2_000);
        json.LongLength.Should().BeLessThan(Limit);
        Support.Cases.Engine.Replay(DecisionRecord.Parse(json)).Verdict.Should().Be(Baotou.Incentives.Replay.ReplayVerdict.Reproduced);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A stream that never ends (as <c>/dev/zero</c>): spaces, which are valid JSON white space.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Counts the bytes read through it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
