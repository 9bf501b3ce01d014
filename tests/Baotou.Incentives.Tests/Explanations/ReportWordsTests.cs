using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>
/// The report says what the text says and no more: （九）'s 90% is of what the surplus invested forms, not of a company;
/// 第四十五条（三）'s 4th and 5th years turn on the term the unit chooses (三至五年), not on anyone's discretion; （四）'s
/// 按照相关规定予以支持 is support under other provisions, not discretion; and below （七）'s 200 万元 nothing is recommended to
/// seek, which says nothing about what is 重大.
/// </summary>
public sealed class ReportWordsTests
{
    private static string Markdown(DecisionRecord record, ExplanationLanguage language = ExplanationLanguage.Chinese) => DecisionReport.ToMarkdown(record, language);

    private static string Summary(string markdown) => DecisionReportTests.Section(markdown, "## 各受益人汇总", "## 输入事实");

    [Fact]
    public void The_summary_words_九s_share_as_a_share_of_what_the_surplus_invested_forms()
    {
        // 149号·（九）: 横向科研项目结余经费可出资科技成果转化……科研人员占比不低于 90%. 500,000.00 invested × 90% = 450,000.00.
        var record = Cases.Engine.Record(
            Cases.University().CommissionedSurplus("H1", "U1", "横向项目", new LocalDate(2024, 7, 1), 500_000m, SurplusUse.InvestedInTransformation).Build(), Cases.Evaluated);

        var summary = Summary(Markdown(record));

        summary.Should().Contain("结余经费出资所形成权益的 90%（450,000.00）").And.NotContain("被投资企业");
    }

    [Fact]
    public void The_laws_fourth_and_fifth_profit_years_turn_on_the_term_the_unit_chooses_up_to_and_including_the_last_year()
    {
        // 第四十五条（三）: 投产后连续三至五年，每年……不低于百分之五. Production in 2024 (year 1): 2027 is year 4, owed only if the
        // unit chooses four or five years; with the longest term, five years, every year up to and including 2028 is owed.
        var record = Packs.NationalOnly.Record(
            Cases.Unit(UnitKind.PublicInstitution).SelfImplementation("S1", "A1", new LocalDate(2024, 12, 31)).OperatingProfit("Y", "S1", 2027, 400_000m).Build(), Cases.AfterEveryProfitYear);

        var zh = Markdown(record);
        var en = Markdown(record, ExplanationLanguage.English);

        zh.Should().Contain("营业利润年度：视单位选定的期限而定（应不低于）")
            .And.Contain("✓ 满足 单位选定最长 5 年期限时，2028 年度（含）之前的各年度均应给予")
            .And.NotContain("酌情").And.NotContain("由有关部门");
        en.Should().Contain(@"profit year: depends on the term the unit chooses \(must be at least\)", "Markdown escapes the parentheses")
            .And.Contain("years up to and including 2028 are owed if the unit chooses the longest term, 5 years")
            .And.NotContain("discretion");
    }

    [Fact]
    public void 四s_support_under_the_relevant_provisions_is_not_discretion()
    {
        // 149号·（四）: ……中试平台，按照相关规定予以支持 — support under other provisions; this text sets no amount.
        var record = Cases.Engine.Record(Cases.University().PilotPlatform("F1", "稀土中试平台", PilotFocusArea.RareEarthBases, true, Cases.Signed).Build(), Cases.Evaluated);

        var zh = Markdown(record);
        var en = Markdown(record, ExplanationLanguage.English);

        zh.Should().Contain("中试平台支持：符合条件（按照相关规定予以支持（本文件未定金额））").And.NotContain("酌情");
        en.Should().Contain(@"pilot platform support: eligible \(supported under the relevant provisions \(no amount in this text\)\)", "Markdown escapes the parentheses").And.NotContain("discretion");
    }

    [Fact]
    public void Below_七s_threshold_nothing_is_recommended_to_seek_and_nothing_is_said_of_重大()
    {
        // 149号·（七）: 金额在 200 万元以上的，推荐争取自治区财政给予……20% 的资金激励. 1,999,999.99 < 2,000,000.00: not recommended.
        var record = Cases.Engine.Record(Cases.University().WithMoneyContract(TransformationMode.Licence, 1_999_999.99m).Build(), Cases.Evaluated);

        var zh = Markdown(record);
        var en = Markdown(record, ExplanationLanguage.English);

        zh.Should().Contain("自治区财政资金激励：未达金额门槛，不推荐争取\n")
            .And.Contain("✗ 不满足 合同 C1 的技术合同到账金额 1,999,999.99 元达到 2,000,000.00 元以上")
            .And.NotContain("重大科技成果转化项目：");
        en.Should().Contain("below the threshold: not recommended to seek\n").And.NotContain("major project: ");
    }
}
