using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>
/// Issue 25: the report shows how each contract basis was reached. Every instalment the derivation saw is listed, counted when
/// received on or before the evaluation date and not counted (with the reason) when received after it; the deductions are
/// subtracted from net income (净收入, （八）and（五）) and listed as not counted in （七）'s money received (到账金额); then the sums
/// in figures. Everything is read back from the decision's trace and its case.
/// </summary>
public sealed class BasisWorkingReportTests
{
    // A university transfers C1 (signed 2024-03-01) and is evaluated on 2026-06-30: P1 1,500,000.00 on 2024-03-11 and P2
    // 600,000.00 on 2026-06-30 (the evaluation date itself: counted, since the derivation counts money received on or before
    // it), P3 400,000.00 on 2026-07-01 (one day later: not counted). D1 100,000.00 of related taxes.
    // Received 1,500,000.00 + 600,000.00 = 2,100,000.00; net 2,100,000.00 − 100,000.00 = 2,000,000.00; （八）80% = 1,600,000.00;
    // （七）: 2,100,000.00 received ≥ 2,000,000.00, so 20% of 2,100,000.00 = 420,000.00 is recommended to seek.
    private static readonly DecisionRecord Record = Cases.Engine.Record(
        Cases.University()
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 2_500_000m)
            .Payment("P1", "C1", Cases.Signed.PlusDays(10), 1_500_000m)
            .Payment("P2", "C1", Cases.Evaluated, 600_000m)
            .Payment("P3", "C1", Cases.Evaluated.PlusDays(1), 400_000m)
            .Deduction("D1", "C1", DeductionKind.RelatedTaxes, 100_000m)
            .Build(),
        Cases.Evaluated);

    private static string Outcome(string markdown, string heading) => DecisionReportTests.Section(markdown, heading, "<a id=\"outcome-");

    [Fact]
    public void Net_income_lists_each_instalment_counted_or_not_and_subtracts_the_deductions()
    {
        var markdown = DecisionReport.ToMarkdown(Record, ExplanationLanguage.Chinese);
        var owed = Outcome(markdown, "成果完成团队的奖励和报酬应不低于 1,600,000.00 元（149号·（八））");

        owed.Should().Contain("合同 C1 的计算基数由来（评估日期 2026-06-30）")
            .And.Contain("| 到账款项 `P1` | 2024-03-11 | 1,500,000.00 | 计入 |")
            .And.Contain("| 到账款项 `P2` | 2026-06-30 | 600,000.00 | 计入 |", "money received on the evaluation date itself is counted")
            .And.Contain("| 到账款项 `P3` | 2026-07-01 | 400,000.00 | 未计入：在评估日期 2026-06-30 之后到账，评估时尚未收到 |", "one day after it is not")
            .And.Contain("| 净收入扣除项 `D1`（相关税费） | 无 | 100,000.00 | 扣除 |")
            .And.Contain("到账合计：1,500,000.00 \\+ 600,000.00 = 2,100,000.00 元")
            .And.Contain("净收入：2,100,000.00 − 100,000.00 = 2,000,000.00 元")
            .And.Contain("2,000,000.00 元 × 80% = 1,600,000.00 元");
    }

    [Fact]
    public void 七s_money_received_lists_the_deductions_as_not_counted()
    {
        var markdown = DecisionReport.ToMarkdown(Record, ExplanationLanguage.Chinese);
        var recommended = Outcome(markdown, "推荐争取自治区财政给予成果出让单位 420,000.00 元的资金激励（149号·（七））");

        recommended.Should().Contain("| 到账款项 `P3` | 2026-07-01 | 400,000.00 | 未计入：在评估日期 2026-06-30 之后到账，评估时尚未收到 |")
            .And.Contain("| 净收入扣除项 `D1`（相关税费） | 无 | 100,000.00 | 未计入：本项为扣除项，到账金额按扣除前计算 |")
            .And.Contain("到账合计：1,500,000.00 \\+ 600,000.00 = 2,100,000.00 元")
            .And.NotContain("净收入：", "（七）counts the money received, before deductions");
    }

    [Fact]
    public void The_english_report_says_the_same_and_the_html_marks_each_row()
    {
        var markdown = DecisionReport.ToMarkdown(Record, ExplanationLanguage.English);
        markdown.Should().Contain("| payment received `P3` | 2026-07-01 | 400,000.00 | not counted: received after the evaluation date 2026-06-30, not yet received when evaluated |")
            .And.Contain("Net income: 2,100,000.00 − 100,000.00 = 2,000,000.00 yuan");

        var html = DecisionReport.ToHtml(Record, ExplanationLanguage.Chinese);
        html.Should().Contain("<table class=\"reflow basis-working\">")
            .And.Contain("<tr class=\"not-counted\"><td data-label=\"事实\">到账款项 <code>P3</code></td>")
            .And.Contain("<tr class=\"counted\"><td data-label=\"事实\">到账款项 <code>P2</code></td>")
            .And.Contain("<tr class=\"deducted\">");
    }

    [Fact]
    public void Deductions_beyond_the_money_received_leave_a_net_income_of_zero_and_say_so()
    {
        // 500,000.00 received, 600,000.00 deducted: net income max(0, −100,000.00) = 0.00, and every share of it is 0.00.
        var record = Cases.Engine.Record(Cases.University().WithMoneyContract(TransformationMode.Licence, 500_000m, deducted: 600_000m).Build(), Cases.Evaluated);

        DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese)
            .Should().Contain("净收入：500,000.00 − 600,000.00 = 0.00 元；扣除项超过到账金额，净收入按零计");
    }

    [Fact]
    public void Headings_say_the_outcome_in_words_and_keep_the_id_small()
    {
        var html = DecisionReport.ToHtml(Record, ExplanationLanguage.Chinese);

        html.Should().Contain("<h3>结果 1．成果完成团队的奖励和报酬应不低于 1,600,000.00 元（149号&#183;（八））</h3>\n<p class=\"ref\">编号：<code>149-8-transfer-licence-net-income/<wbr>C1</code></p>");
        html.Should().Contain("@top-left{content:").And.Contain("counter(page)").And.Contain("test\\00002D case", "the case id is on every printed page, escaped for CSS");
    }

    [Fact]
    public void A_case_id_in_the_print_header_cannot_end_the_css_string_or_the_style_element()
    {
        // a, then " < / as escapes (22, 3C, 2F hex), style, then > (3E): each escape six digits and a space.
        Baotou.Incentives.Explanations.Reports.HtmlWriter.CssString("a\"</style>").Should().Be("\"a\\000022 \\00003C \\00002F style\\00003E \"");
    }
}
