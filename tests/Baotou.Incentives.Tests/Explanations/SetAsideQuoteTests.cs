using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>
/// A set-aside quotes the sentence of its own principle (MEASURES.md: "A set-aside quotes the sentence it rests on"):
/// 从高从新不重复 its sentence, 从其规定 its sentence, and "both are floors" the two floors' own 不低于 sentences, never the
/// 从高从新 sentence; and the law's clauses quote the law's own text.
/// </summary>
public sealed class SetAsideQuoteTests
{
    private const string HigherNewer = "> 以上各条款若与我市其他政策措施重复，则按从高从新不重复原则执行。";
    private const string ChangedProvision = "> 期间国家、自治区相关政策发生变化的，从其规定。";
    private const string DefaultRewards = "> 成果完成单位暂时没有制定收益分配制度或合同约定的，按成果转让或许可取得的净收入、技术入股形成的股权不低于 80% 的比例，或自主实施转化成功投产后 5 年内每年营业利润不低于 10%的比例给予奖励和报酬。";
    private const string LawItem1 = "> （一）将该项职务科技成果转让、许可给他人实施的，从该项科技成果转让净收入或者许可净收入中提取不低于百分之五十的比例；";

    private static string SetAside(DecisionRecord record) =>
        DecisionReportTests.Section(DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese), "## 未叠加的项目", "## 条款索引");

    [Fact]
    public void A_grant_set_aside_under_从高从新不重复_quotes_that_sentence()
    {
        // Two municipal successors of 149号 of the same day: 1,000,000.00 − 100,000.00 = 900,000.00 net, × 80% = 720,000.00 each
        // and owed under both; the tie goes to one and the other is set aside under 从高从新不重复.
        var first = Baotou149.Pack.Successor("a-2025", "甲", "甲", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1));
        var second = Baotou149.Pack.Successor("b-2025", "乙", "乙", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1));
        var record = new IncentiveEngine([first, second]).Record(
            Cases.University().WithMoneyContract(TransformationMode.Licence, 1_000_000m, deducted: 100_000m, signedOn: new LocalDate(2025, 8, 1)).Build(), Cases.Evaluated);

        record.Decision.Supersessions.Should().Contain(s => s.Clause == "149号·从高从新不重复");
        SetAside(record).Should().Contain(HigherNewer).And.NotContain(ChangedProvision);
    }

    [Fact]
    public void A_grant_set_aside_under_从其规定_quotes_that_sentence_and_not_从高从新()
    {
        // A regional change lowers （七）'s 20% to 15% from 2025-01-01: 3,000,000.00 × 15% = 450,000.00 governs, 149号's 600,000.00 is set aside.
        var change = Baotou149.Pack.ChangedBy(
            "nmg-2024-test", PolicyLevel.AutonomousRegion, "内政办发〔2024〕测试号", "自治区测试政策", new LocalDate(2024, 12, 1), new LocalDate(2025, 1, 1),
            [new ProvisionChange(Baotou149.RegionalIncentiveRate, 0.15m, "内政办发〔2024〕测试号: 到账金额 15% 的资金激励")]);
        var record = new IncentiveEngine([Baotou149.Pack, change]).Record(
            Cases.University().WithMoneyContract(TransformationMode.Transfer, 3_000_000m, signedOn: new LocalDate(2025, 1, 1)).Build(), Cases.Evaluated);

        record.Decision.Supersessions.Should().ContainSingle().Which.Clause.Should().Be("149号·从其规定");
        SetAside(record).Should().Contain(ChangedProvision).And.NotContain(HigherNewer);
    }

    [Fact]
    public void A_floor_set_aside_because_both_are_floors_quotes_the_two_floors_and_not_从高从新()
    {
        // 149号 and 第四十五条, a university without a rule, 1,000,000.00 licence income: 149号·（八） 80% = 800,000.00 meets the law's
        // 50% = 500,000.00, which is set aside. The section quotes 149号's 不低于 80% sentence and the law's 不低于百分之五十 item.
        var record = Packs.Both.Record(Cases.University().WithMoneyContract(TransformationMode.Licence, 1_000_000m).Build(), Cases.Evaluated);

        record.Decision.Supersessions.Should().ContainSingle().Which.Clause.Should().Be("149号·第四十五条·均为下限");
        var setAside = SetAside(record);
        setAside.Should().Contain(DefaultRewards, "149号's floor is quoted beside the law's").And.Contain(LawItem1).And.NotContain(HigherNewer);
    }

    [Fact]
    public void The_laws_clauses_quote_the_law_word_for_word()
    {
        // 1,000,000.00 licence income under the law alone: 第四十五条（一） 50% = 500,000.00 is owed.
        var record = Packs.NationalOnly.Record(Cases.University().WithMoneyContract(TransformationMode.Licence, 1_000_000m).Build(), Cases.Evaluated);

        var markdown = DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese);

        markdown.Should().Contain("> 科技成果完成单位未规定、也未与科技人员约定奖励和报酬的方式和数额的，按照下列标准对完成、转化职务科技成果做出重要贡献的人员给予奖励和报酬：")
            .And.Contain(LawItem1).And.NotContain("本库未收录该条原文");
    }
}
