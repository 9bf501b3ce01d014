using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>
/// Everything a case supplies is text, in Markdown and in HTML: a unit named like markup or a link stays a name, and a name
/// holding a bidi override cannot reverse the text after it.
/// </summary>
public sealed class ReportEscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string JavascriptLink = "[x](javascript:alert(3))";
    private const string Reversed = "甲\u202E乙单位";

    private static DecisionRecord Named(string unitName, string officeName) => Cases.Engine.Record(
        new IncentiveCaseBuilder("escape-case")
            .Unit("U1", unitName, UnitKind.University)
            .Achievement("A1", "U1", "成果", "团队")
            .Contract("C1", "A1", TransformationMode.Transfer, Cases.Signed, 100_000m)
            .Payment("P1", "C1", Cases.Signed.PlusDays(1), 100_000m)
            .TransferOffice("T1", "C1", officeName)
            .Build(),
        Cases.Evaluated);

    [Theory]
    [InlineData(ExplanationLanguage.Chinese)]
    [InlineData(ExplanationLanguage.English)]
    public void Markup_in_a_name_stays_text_in_HTML(ExplanationLanguage language)
    {
        var html = DecisionReport.ToHtml(Named(Script, JavascriptLink), language);

        html.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;")
            .And.NotContain("href=\"javascript").And.Contain("[x](javascript:alert(3))");
    }

    [Theory]
    [InlineData(ExplanationLanguage.Chinese)]
    [InlineData(ExplanationLanguage.English)]
    public void Markup_and_links_in_a_name_stay_text_in_Markdown(ExplanationLanguage language)
    {
        var markdown = DecisionReport.ToMarkdown(Named(Script, JavascriptLink), language);

        markdown.Should().NotContain("<script>").And.Contain("\\<script\\>alert\\(1\\)\\</script\\>")
            .And.NotContain("[x](javascript:").And.Contain("\\[x\\]\\(javascript:alert\\(3\\)\\)");
    }

    [Fact]
    public void A_name_holding_a_right_to_left_override_is_isolated()
    {
        var record = Named(Reversed, "技术转移中心");

        // In HTML the name sits in <bdi>; in Markdown between U+2068 and U+2069, so the override ends with the name.
        DecisionReport.ToHtml(record, ExplanationLanguage.Chinese).Should().Contain("<bdi>" + Reversed + "</bdi>");
        var markdown = DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese);
        markdown.Should().Contain("\u2068" + Reversed + "\u2069");
        markdown.Replace("\u2068" + Reversed + "\u2069", string.Empty, StringComparison.Ordinal).Should().NotContain("\u202E");
    }

    [Fact]
    public void A_name_cannot_close_its_own_isolate()
    {
        var record = Named("甲\u2069\u202E乙", "技术转移中心");

        DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese).Should().Contain("\u2068甲\u202E乙\u2069");
        DecisionReport.ToHtml(record, ExplanationLanguage.Chinese).Should().Contain("<bdi>甲\u202E乙</bdi>");
    }
}
