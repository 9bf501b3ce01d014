using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Records;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>Explanations say which clause, which facts, which parameter, the arithmetic and what was superseded, in 中文 and English.</summary>
public sealed class DecisionReportTests
{
    private static readonly DecisionRecord NationalAward = Cases.Engine.Record(
        Cases.University(nationalAward: true).WithMoneyContract(TransformationMode.Transfer, 2_500_000m).Build(), Cases.Evaluated);

    [Fact]
    public void An_entitlement_is_explained_in_English_with_its_arithmetic_parameter_facts_and_what_it_superseded()
    {
        var explanation = DecisionReport.Explain(NationalAward.Decision, ExplanationLanguage.English)
            .Single(e => e.OutcomeId == "149-8-national-award-transfer/C1");

        // 2,500,000.00 net × 90% = 2,250,000.00, which supersedes the 80% default (2,000,000.00).
        explanation.Clause.Should().Be("149号·（八）");
        explanation.Text.Should().Be(
            "Under 149号·（八）, the completing team is owed at least 2,500,000.00 × 90% = 2,250,000.00 yuan " +
            "(net income of the transfer under contract C1 (national S&T award achievement)). " +
            "Parameter: 149.8.national-award-transfer-share = 90% (baotou-2023-149, 2023-12-18: 包府办发〔2023〕149号（八）成果完成团队可享有该成果转让 90% 以上收益). " +
            "Facts: TechnologyContract:C1, Achievement:A1, Unit:U1, ContractIncome:income:C1, PolicyPack:baotou-2023-149. " +
            "It supersedes 149-8-transfer-licence-net-income/C1.");
    }

    [Fact]
    public void The_superseded_grant_is_explained_in_Chinese_with_the_reason()
    {
        var explanation = DecisionReport.Explain(NationalAward.Decision, ExplanationLanguage.Chinese)
            .Single(e => e.OutcomeId == "149-8-transfer-licence-net-income/C1");

        explanation.Text.Should().StartWith("依据 149号·（八），成果完成团队应得不低于：2,500,000.00 × 80% = 2,000,000.00 元")
            .And.EndWith("该项被 149-8-national-award-transfer/C1 取代，不予叠加：从高从新不重复: higher amount: 2,250,000.00 (90%, 149-8-national-award-transfer) > 2,000,000.00 (80%, 149-8-transfer-licence-net-income)。");
    }

    [Fact]
    public void A_determination_is_explained_with_each_condition()
    {
        var decision = Cases.University().WithMoneyContract(TransformationMode.Licence, 1_999_999.99m).Evaluate();

        var explanation = DecisionReport.Explain(decision, ExplanationLanguage.English).Single(e => e.OutcomeId == "149-7-below-threshold/C1#major-project");

        explanation.Text.Should().Be("Under 149号·（七）, major-project for C1: NotEligible. ✗ 1,999,999.99 < 2,000,000.00 (money received under the contract (到账金额)).");
    }

    [Fact]
    public void Every_outcome_gets_exactly_one_explanation()
    {
        var decision = NationalAward.Decision;
        var ids = decision.Entitlements.Select(e => e.Id).Concat(decision.SupersededEntitlements.Select(e => e.Id))
            .Concat(decision.Determinations.Select(d => d.Id)).Concat(decision.Obligations.Select(o => o.Id));

        DecisionReport.Explain(decision, ExplanationLanguage.Chinese).Select(e => e.OutcomeId).Should().Equal(ids);
    }

    [Fact]
    public void The_markdown_report_puts_outcomes_before_the_trace_and_links_every_line_to_its_clause()
    {
        var markdown = DecisionReport.ToMarkdown(NationalAward, ExplanationLanguage.English);
        var anchor = "clause-" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes("149号·（八）")).ToLowerInvariant();

        markdown.Should().StartWith("# Decision report\n\nCase test-case, evaluated on 2026-06-30 under baotou-2023-149\n\nDigest verified (sha256:");
        markdown.IndexOf("## Outcomes", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("## Trace", StringComparison.Ordinal));
        markdown.Should().Contain($"- **149-8-national-award-transfer/C1** [149号·（八）](#{anchor}): Under 149号·（八）")
            .And.Contain($"<a id=\"{anchor}\"></a>149号·（八） 放活职务科技成果转化收益");
        markdown.Split('\n').Where(l => l.StartsWith("- **", StringComparison.Ordinal) || char.IsDigit(l.FirstOrDefault()))
            .Should().OnlyContain(l => l.Contains("](#clause-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_report_is_self_contained_escaped_and_says_when_a_record_was_tampered_with()
    {
        var tampered = DecisionRecord.Parse(NationalAward.ToJson().Replace("\"minimumAmount\": 2250000.00", "\"minimumAmount\": 3250000.00", StringComparison.Ordinal));

        var html = DecisionReport.ToHtml(tampered, ExplanationLanguage.Chinese);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"zh\">")
            .And.Contain("class=\"tampered\"")
            .And.Contain("摘要校验失败")
            .And.NotContain("<script").And.NotContain("http://").And.NotContain("https://").And.NotContain("src=");
        html.Should().Contain("&gt;").And.NotContain("> 2,000,000.00 (80%");
    }
}
