using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// The promise that a record format once shipped is read forever: each record in <c>Records/Shipped/</c> was written by the
/// library when its format first shipped and is never regenerated. Every later library must read it as intact and write it
/// back byte for byte. A change that breaks this is a change of the record format: write a new schema version and keep
/// reading this one (replay may diverge when rules change; reading may not fail).
/// </summary>
public sealed class ShippedRecordFormatTests
{
    private static string Folder => Path.Combine(ConventionTests.RepositoryRoot(), "tests", "Baotou.Incentives.Tests", "Records", "Shipped");

    public static TheoryData<string> ShippedRecords() =>
        [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_first_shipped_format_has_its_records_kept()
    {
        ShippedRecords().Should().HaveCountGreaterThanOrEqualTo(2);
        DecisionRecord.CurrentSchemaVersion.Should().Be(3, "schema 3 is the first format the library ships; a later one is read beside it");
    }

    [Theory]
    [MemberData(nameof(ShippedRecords))]
    public void A_shipped_record_is_read_intact_and_written_back_byte_for_byte(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        var record = DecisionRecord.Parse(bytes);

        record.SchemaVersion.Should().Be(int.Parse(file.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture));
        record.IsIntact.Should().BeTrue();
        record.ToUtf8Json().Should().Equal(bytes);
    }
}
