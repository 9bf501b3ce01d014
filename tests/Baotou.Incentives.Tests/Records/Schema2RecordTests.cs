using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Old records never become unreadable: a record of schema 2, made by the library at commit 6661628 before records carried
/// their packs (Fixtures/schema-2-university-transfer.json, the sample transfer case under 149号), still reads intact,
/// writes back the bytes read, and replays under the shipped packs it names, diverging only where a reading changed since
/// (issue 22's （三）), which the replay names.
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
    public void A_schema_2_record_names_shipped_packs_and_replays_under_them_diverging_first_where_the_reading_of_measure_3_changed()
    {
        var record = Read();

        record.Packs.Should().ContainSingle().Which.Should().BeSameAs(Baotou149.Pack);
        var result = new IncentiveEngine(record.Packs).Replay(record);

        // Issue 22: （三）全部留归本单位，不上缴 now reads 适用本条 (依文件规定), not 允许（鼓励）; the record keeps the old reading, and
        // the replay says where, with no parameter changed.
        result.Verdict.Should().Be(ReplayVerdict.Diverged, result.Summary());
        result.FirstDifference.Should().Be(new ReplayDifference(
            "$.determinations[0].status", "149-3-income-retained/C-2024-0317#income-retained", "149-3-income-retained", "Permitted", "Applies"));
        result.ParameterChanges.Should().BeEmpty();
    }
}
