using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using NodaTime;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>
/// The report names a pack of one's own by the document number its record carries and says it is one's own, so an auditor
/// never takes it for a shipped document; shipped packs keep their catalog names.
/// </summary>
public sealed class PackOfOnesOwnReportTests
{
    private static DecisionRecord Record()
    {
        var later = Baotou149.Pack
            .Successor("baotou-2025-x", "包府办发〔2025〕X号", "…", publishedOn: new(2025, 6, 1), effectiveFrom: new(2025, 7, 1))
            .WithValue(Baotou149.TransferLicenceNetIncomeShare, 0.85m);
        var transfer = new IncentiveCaseBuilder("2025-transfer")
            .Unit("U1", "包头某大学", UnitKind.University)
            .Achievement("A1", "U1", "稀土永磁材料", "张团队")
            .Contract("C1", "A1", TransformationMode.Transfer, new LocalDate(2025, 7, 1), 900_000m)
            .Payment("P1", "C1", new LocalDate(2025, 7, 11), 900_000m)
            .Build();
        return DecisionRecord.Parse(new IncentiveEngine([Baotou149.Pack, later]).Record(transfer, new LocalDate(2025, 12, 31)).ToJson());
    }

    [Fact]
    public void The_chinese_report_names_the_pack_of_ones_own_by_its_document_number_and_says_it_is_not_shipped()
    {
        var markdown = DecisionReport.ToMarkdown(Record(), ExplanationLanguage.Chinese);

        // Text from the record is isolated (U+2068 … U+2069) where it needs it, like every text a case or pack supplies: this one has no right-to-left letter or directional mark, so it stands as it is.
        markdown.Should().Contain("包府办发〔2025〕X号（自定政策包，非随库发布：其完整定义载于本记录）")
            .And.Contain("包府办发〔2023〕149号《关于进一步强化科技成果转化激励若干措施》");
    }

    [Fact]
    public void The_english_report_says_the_same()
    {
        var markdown = DecisionReport.ToMarkdown(Record(), ExplanationLanguage.English);

        markdown.Should().Contain("包府办发〔2025〕X号 \\(a pack of one's own, not shipped with the library: the record carries its whole definition\\)");
    }
}
