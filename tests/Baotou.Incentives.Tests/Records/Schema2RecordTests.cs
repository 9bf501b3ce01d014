using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Old records never become unreadable: a record of schema 2, made by the library at commit 6661628 before records carried
/// their packs (Fixtures/schema-2-university-transfer.json, the sample transfer case under 149号), still reads intact,
/// writes back the bytes read, and replays under the shipped packs it names. It was made when the 90% the national-award team
/// may enjoy set aside the 80% it is owed; since the verb decides overlaps (a permission never sets an owed floor aside), the
/// replay diverges there first and names it (the （三） finding, now 适用本条, differs too, further on).
/// </summary>
public sealed class Schema2RecordTests
{
    private static readonly string Path2 = Path.Combine(ConventionTests.RepositoryRoot(), "tests", "Baotou.Incentives.Tests", "Records", "Fixtures", "schema-2-university-transfer.json");

    private static DecisionRecord Read() => DecisionRecord.Parse(File.ReadAllBytes(Path2));

    [Fact]
    public void A_schema_2_record_reads_intact_and_writes_back_the_bytes_read()
    {
        var record = Read();

        record.SchemaVersion.Should().Be(2);
        record.IsIntact.Should().BeTrue();
        record.ToJson().Should().Be(File.ReadAllText(Path2));
        record.ToJson().Should().NotContain("packDefinitions");
    }

    [Fact]
    public void A_schema_2_record_names_shipped_packs_and_replays_under_them_diverging_where_the_reading_of_overlaps_changed()
    {
        var record = Read();

        record.Packs.Should().ContainSingle().Which.Should().BeSameAs(Baotou149.Pack);
        var result = new IncentiveEngine(record.Packs).Replay(record);

        result.Verdict.Should().Be(ReplayVerdict.Diverged, result.Summary());
        result.FirstDifference.Should().Be(new ReplayDifference("$.entitlements[0].id", "149-8-national-award-transfer/C-2024-0317",
            "149-8-national-award-transfer", "149-8-national-award-transfer/C-2024-0317", "149-8-transfer-licence-net-income/C-2024-0317"));
        result.ParameterChanges.Should().BeEmpty("the numbers are the same; the reading of how they meet changed");
        result.Replayed!.SupersededEntitlements.Should().BeEmpty();
    }
}
