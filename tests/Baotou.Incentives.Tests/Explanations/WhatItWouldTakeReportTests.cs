using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>The report's closing section "what would it take", in both languages, through the catalogs.</summary>
public sealed class WhatItWouldTakeReportTests
{
    /// <summary>A use right from 2024-06-01 to 2034-05-31: one day short of （二）'s ten years, so it would take an end on 2034-06-01.</summary>
    private static readonly IncentiveCase Short = Cases.University().UseRight("R1", "A1", new LocalDate(2024, 6, 1), new LocalDate(2034, 5, 31)).Build();

    [Theory]
    [InlineData(ExplanationLanguage.English, "## What would it take", "use right R1 ending on or after 2034-06-01", "the finding becomes: permitted")]
    [InlineData(ExplanationLanguage.Chinese, "## 怎样才能满足", "使用权 R1 的期限至 2034-06-01 或以后", "结论变为：允许")]
    public void The_markdown_report_closes_with_the_answers_in_its_language(ExplanationLanguage language, string heading, string change, string brings)
    {
        var record = Cases.Engine.Record(Short, Cases.Evaluated);
        var answers = Cases.Engine.WhatWouldItTake(Short, Cases.Evaluated);

        var markdown = DecisionReport.ToMarkdown(record, language, null, answers);

        markdown.Should().Contain(heading).And.Contain(change).And.Contain(brings);
        markdown.Should().StartWith(DecisionReport.ToMarkdown(record, language).TrimEnd('\n'), "the section is added after the report as it is");
    }

    [Fact]
    public void The_html_report_has_the_section_too()
    {
        var html = DecisionReport.ToHtml(Cases.Engine.Record(Short, Cases.Evaluated), ExplanationLanguage.English, null, Cases.Engine.WhatWouldItTake(Short, Cases.Evaluated));

        html.Should().Contain("id=\"what-would-it-take\"").And.Contain("2034-06-01");
    }

    [Fact]
    public void With_nothing_to_change_the_section_says_so()
    {
        var met = Cases.University().UseRight("R1", "A1", new LocalDate(2024, 6, 1), new LocalDate(2034, 6, 1)).Build();

        DecisionReport.ExplainWhatItWouldTake(Cases.Engine.WhatWouldItTake(met, Cases.Evaluated), ExplanationLanguage.English)
            .Should().Equal("Every condition an amount or a date decides is met: nothing to change.");
    }
}
