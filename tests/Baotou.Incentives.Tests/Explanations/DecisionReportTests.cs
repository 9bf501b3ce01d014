using System.Text.RegularExpressions;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>
/// The report is built for checking: the verb of each outcome in words, the original sentence of its clause, the arithmetic
/// and conditions, the set-aside grants apart and never in a total, and a page that works on a phone and on paper.
/// </summary>
public sealed partial class DecisionReportTests
{
    // 2,400,000.00 received and nothing deducted, a university with a national-award achievement and a transfer office:
    // （八） 90% = 2,160,000.00 may be enjoyed and sets aside the 80% default (1,920,000.00); （五） 5% = 120,000.00 is owed;
    // （七） 20% = 480,000.00 is recommended to seek, and the city's support is discretionary.
    private static readonly DecisionRecord Typical = Cases.Engine.Record(
        Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 2_400_000m).TransferOffice("T1", "C1", "技术转移中心").Build(),
        Cases.Evaluated);

    [Fact]
    public void Each_entitlement_is_worded_by_its_modality_in_both_languages()
    {
        string Text(ExplanationLanguage language, string id) => DecisionReport.Explain(Typical.Decision, language).Single(e => e.OutcomeId == id).Text;

        Text(ExplanationLanguage.Chinese, "149-8-national-award-transfer/C1").Should().StartWith("成果完成团队可享有不低于 2,160,000.00 元；合同 C1 的成果转让净收入：2,400,000.00 元 × 90% = 2,160,000.00 元；成果 A1 获得国家科学技术奖");
        Text(ExplanationLanguage.English, "149-8-national-award-transfer/C1").Should().StartWith("the completing team may enjoy at least 2,160,000.00 yuan; net income of the transfer under contract C1: 2,400,000.00 yuan × 90% = 2,160,000.00 yuan");
        Text(ExplanationLanguage.Chinese, "149-7-regional-incentive/C1").Should().StartWith("推荐争取自治区财政给予成果出让单位 480,000.00 元的资金激励");
        Text(ExplanationLanguage.English, "149-7-regional-incentive/C1").Should().StartWith("recommended to seek a fiscal incentive of 480,000.00 yuan from the autonomous region for the transferring unit");
        Text(ExplanationLanguage.Chinese, "149-5-transfer-office-staff-reward/T1").Should().StartWith("技术转移机构工作人员的奖励和报酬应不低于 120,000.00 元");
        Text(ExplanationLanguage.English, "149-5-transfer-office-staff-reward/T1").Should().StartWith("the technology transfer office staff must receive at least 120,000.00 yuan");
        Text(ExplanationLanguage.Chinese, "149-8-transfer-licence-net-income/C1").Should().StartWith(
            "成果完成团队的奖励和报酬应不低于 1,920,000.00 元；合同 C1 的成果转让净收入：2,400,000.00 元 × 80% = 1,920,000.00 元",
            "the owed 80% stands beside the 90% the team may enjoy: a permission never sets an owed floor aside");
        Text(ExplanationLanguage.Chinese, "149-8-may-enjoy-beside-owed-floor/149-8-national-award-transfer/C1#beside-owed-floor").Should().Contain(
            "成果完成团队可享有不低于 2,160,000.00 元（90%）；其中不低于 1,920,000.00 元（80%，149号·（八））为单位应当给予的下限，仍须给予；两者并存，不予相加");
        Text(ExplanationLanguage.English, "149-8-may-enjoy-beside-owed-floor/149-8-national-award-transfer/C1#beside-owed-floor").Should().Contain(
            "the team may enjoy at least 2,160,000.00 (90%); at least 1,920,000.00 (80%, No. 149 (8)) of it is the floor the unit must pay, and must still be paid; both stand and are never added");
        foreach (var language in new[] { ExplanationLanguage.Chinese, ExplanationLanguage.English })
        {
            DecisionReport.Explain(Typical.Decision, language).Select(e => e.Text).Should().NotContain(t => t.Contains("应得", StringComparison.Ordinal) || t.Contains("owed", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_summary_gives_each_grant_its_own_verb_and_adds_none_across_verbs()
    {
        // The team may enjoy 90% = 2,160,000.00 and is owed at least 80% = 1,920,000.00 of the same net income: two rows, each with
        // its verb, and no total (a total adds only grants of one modality, and each verb has one grant here).
        var markdown = DecisionReport.ToMarkdown(Typical, ExplanationLanguage.Chinese);
        var summary = Section(markdown, "## 各受益人汇总", "## 输入事实");

        summary.Should().Contain("1,920,000.00](#outcome-1) | 应不低于 |").And.Contain("2,160,000.00](#outcome-2) | 可享有 |")
            .And.Contain("| 成果出让单位 |").And.Contain("480,000.00").And.Contain("| 推荐争取 |")
            .And.Contain("| 技术转移机构工作人员 |").And.Contain("120,000.00");
        summary.Should().NotContain("合计").And.NotContain("4,080,000.00", "a permission and an owed floor of one income are never added");
        Section(markdown, "## 未叠加的项目", "## ").Should().Contain("没有未叠加的项目");
    }

    [Fact]
    public void A_beneficiarys_total_adds_only_its_governing_grants_of_one_modality()
    {
        // Two contracts, 1,000,000.00 and 500,000.00, a university without an award: （八） 80% each, owed: 800,000.00 + 400,000.00.
        // Under both packs, the law's 50% of each is set aside and never added.
        var record = new IncentiveEngine([Baotou149.Pack, NationalLaw2015Article45.Pack]).Record(
            Cases.University().WithMoneyContract(TransformationMode.Licence, 1_000_000m)
                .Contract("C2", "A1", TransformationMode.Transfer, Cases.Signed, 500_000m).Payment("P2", "C2", Cases.Signed.PlusDays(3), 500_000m).Build(),
            Cases.Evaluated);

        var summary = Section(DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese), "## 各受益人汇总", "## 输入事实");

        summary.Should().Contain("| 成果完成团队 | 合计（应不低于，不含未叠加项和待审批项） |  |  | 1,200,000.00 | 应不低于 |");
        record.Decision.SupersededEntitlements.Should().HaveCount(2);
    }

    [Fact]
    public void Each_outcome_quotes_the_original_sentence_of_its_clause_and_shows_its_conditions()
    {
        var markdown = DecisionReport.ToMarkdown(Typical, ExplanationLanguage.Chinese);

        markdown.Should().Contain("> 对获得国家科学技术奖的高校、科研院所职务科技成果，成果完成团队可享有该成果转让 90%以上收益。")
            .And.Contain("> 对承担科技成果转化的技术转移机构工作人员，按成果转化收益给予不低于 5% 的奖励。");
        Section(markdown, "`149-8-may-enjoy-beside-owed-floor/", "<a id=").Should()
            .Contain("> 对获得国家科学技术奖的高校、科研院所职务科技成果，成果完成团队可享有该成果转让 90%以上收益。")
            .And.Contain("> 成果完成单位暂时没有制定收益分配制度或合同约定的，按成果转让或许可取得的净收入", "the link quotes both sentences it relates");
        var city = Section(markdown, "市本级资金支持：酌情支持，未定金额", "## ");
        city.Should().Contain("`149-7-regional-incentive/C1#city-support`").And.Contain("✓ 满足 合同 C1 的技术合同到账金额 2,400,000.00 元达到 2,000,000.00 元以上")
            .And.Contain("本条未规定金额").And.NotContain("✗", "discretionary support is not a failed condition");
    }

    [Fact]
    public void The_input_facts_are_shown_as_tables_with_the_money_behind_each_result()
    {
        var markdown = DecisionReport.ToMarkdown(Typical, ExplanationLanguage.Chinese);
        var facts = Section(markdown, "## 输入事实", "## 各项结果");

        facts.Should().Contain("### 技术合同").And.Contain("| 编号 | 成果 | 登记号 | 转化方式 | 签订日期 | 成交额（元） | 在包落地 |")
            .And.Contain("### 到账款项").And.Contain("| 2024-03-11 | 2,400,000.00 |").And.Contain("| 转让 |");
    }

    [Fact]
    public void An_equity_share_is_a_percentage_of_the_investee_and_yuan_follows_only_yuan()
    {
        var record = Cases.Engine.Record(Cases.University()
            .Contract("C1", "A1", TransformationMode.EquityInvestment, Cases.Signed, 2_500_000m)
            .EquityConversion("Q1", "C1", Cases.Signed, 2_500_000m, 0.2m).Build(), Cases.Evaluated);

        var markdown = DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese);

        markdown.Should().Contain("成果完成团队应获得不低于被投资企业 16% 的股权（按股权折算金额计 2,000,000.00 元）")
            .And.NotContain("% 元").And.NotContain("股权 元");
    }

    [Fact]
    public void The_html_page_reads_on_a_phone_and_on_A4_with_a_CJK_font_stack_and_no_script()
    {
        var html = DecisionReport.ToHtml(Typical, ExplanationLanguage.Chinese);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
            .And.Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .And.Contain("@page{size:A4;").And.Contain("@media print")
            .And.Contain("\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif")
            .And.Contain("overflow-wrap:anywhere").And.Contain("@media (max-width:40em)")
            .And.NotContain("<script").And.NotContain("http://").And.NotContain("https://").And.NotContain("src=").And.NotContain("@import");
    }

    [Theory]
    [InlineData(ExplanationLanguage.Chinese)]
    [InlineData(ExplanationLanguage.English)]
    public void Every_link_of_the_page_resolves_to_an_element_on_it(ExplanationLanguage language)
    {
        var html = DecisionReport.ToHtml(Typical, language);
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToArray();

        ids.Should().OnlyHaveUniqueItems();
        var links = Link().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        links.Should().NotBeEmpty().And.OnlyContain(anchor => ids.Contains(anchor));
        Link().Matches(DecisionReport.ToMarkdown(Typical, language)).Select(m => m.Groups[1].Value)
            .Should().OnlyContain(anchor => DecisionReport.ToMarkdown(Typical, language).Contains($"<a id=\"{anchor}\"></a>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tampered_record_says_so_first()
    {
        var tampered = DecisionRecord.Parse(Typical.ToJson().Replace("\"minimumAmount\": 2160000.00", "\"minimumAmount\": 3160000.00", StringComparison.Ordinal));

        DecisionReport.ToHtml(tampered, ExplanationLanguage.Chinese).Should().Contain("摘要校验失败：记录在写入后被修改");
        DecisionReport.ToMarkdown(tampered, ExplanationLanguage.English).Should().Contain("digest does NOT match");
    }

    [Fact]
    public void The_replay_verdict_is_in_the_header()
    {
        var replay = Cases.Engine.Replay(Typical);

        DecisionReport.ToMarkdown(Typical, ExplanationLanguage.Chinese, replay).Should().Contain("| 重算结果 | 按现行规则重算，结果与记录一致 |");
        DecisionReport.ToMarkdown(Typical, ExplanationLanguage.Chinese).Should().Contain("| 重算结果 | 未重算（仅显示记录内容） |");
    }

    [Fact]
    public void Every_outcome_gets_exactly_one_explanation()
    {
        var decision = Typical.Decision;
        var ids = decision.Entitlements.Select(e => e.Id).Concat(decision.SupersededEntitlements.Select(e => e.Id))
            .Concat(decision.Determinations.Select(d => d.Id)).Concat(decision.Obligations.Select(o => o.Id));

        DecisionReport.Explain(decision, ExplanationLanguage.Chinese).Select(e => e.OutcomeId).Should().Equal(ids);
    }

    [Fact]
    public void The_report_follows_the_order_an_auditor_works_in()
    {
        var markdown = DecisionReport.ToMarkdown(Typical, ExplanationLanguage.English);
        string[] order = ["| Case |", "| Evaluation date |", "| Policies applied |", "| Record check |", "## Summary by beneficiary", "## Input facts", "## Outcomes",
            "## Grants set aside", "## Clauses", "## Appendix: trace of rule firings"];

        order.Select(h => markdown.IndexOf(h, StringComparison.Ordinal)).Should().BeInAscendingOrder().And.NotContain(-1);
    }

    internal static string Section(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the report has {from}");
        var end = text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("(?:href=\"#|\\]\\(#)([^\")]+)")]
    private static partial Regex Link();
}
