using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>
/// A 中文 report is Chinese and an English report is English: for every sample case in <c>samples/cases</c>, Markdown and
/// HTML, the zh report has no Latin letter outside an explicit allow-list (ids, rule and parameter keys, pack ids, the
/// digest, what the case itself supplies), and the en report has no Chinese outside quoted policy text and what the case
/// supplies.
/// </summary>
public sealed partial class ReportLanguageTests
{
    public static TheoryData<string> SampleCases() =>
        [.. Directory.EnumerateFiles(Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void A_Chinese_report_has_no_Latin_word_but_what_the_case_typed_its_digest_and_keys_shown_as_code(string file)
    {
        // Issue 25: derived facts (income:…, major-project-basis:…, evaluation-date) and outcomes are named in words; an id the
        // engine made (a rule, an outcome, a parameter key, a pack id) may appear only as code, whole, for reference.
        var record = Record(file);
        var typed = TypedTokens(record);
        var keys = RecordKeys(record);
        foreach (var (text, code) in new[] { MarkdownParts(DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese)), HtmlParts(DecisionReport.ToHtml(record, ExplanationLanguage.Chinese)) })
        {
            code.Where(c => !keys.Contains(c) && Strip(c, typed).Trim().Length > 0).Distinct().Should().BeEmpty($"code in the 中文 report of {file} shows only a key of the record or what the case typed");
            LatinWord().Matches(Strip(text, typed)).Select(m => m.Value).Distinct().Should().BeEmpty($"the 中文 report of {file} should be Chinese outside code");
        }
    }

    [Fact]
    public void The_chinese_check_finds_a_derived_id_in_words_or_in_code()
    {
        var record = Record("sample-university-transfer.json");
        var typed = TypedTokens(record);
        LatinWord().IsMatch(Strip(MarkdownParts("合同收入 income:C-2024-0317 与 P-3").Text, typed)).Should().BeTrue();
        LatinWord().IsMatch(Strip(MarkdownParts("合同 C-2024-0317 与到账款项 `P-3`").Text, typed)).Should().BeFalse();
        var code = HtmlParts("<p>所依事实 <code>evaluation-date</code></p>").Code;
        code.Should().Equal("evaluation-date");
        RecordKeys(record).Should().NotContain("evaluation-date").And.NotContain("income:C-2024-0317").And.Contain("149-8-contract-net-income");
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void An_English_report_has_no_Chinese_beyond_quoted_policy_text_and_names_from_the_case(string file)
    {
        var record = Record(file);
        foreach (var text in new[]
                 {
                     MarkdownText(Quoted().Replace(DecisionReport.ToMarkdown(record, ExplanationLanguage.English), " ")),
                     HtmlText(Quoted().Replace(DecisionReport.ToHtml(record, ExplanationLanguage.English), " ")),
                 })
        {
            var left = Strip(Quoted().Replace(text, " "), AllowedTokens(record));
            Chinese().Matches(left).Select(m => m.Value).Distinct().Should().BeEmpty($"the English report of {file} should be English");
        }
    }

    [Fact]
    public void The_allow_list_does_not_hide_the_words_of_the_report()
    {
        // The check itself: an English word in a 中文 report is found, and so is a Chinese word in an English one.
        var record = Record("sample-university-transfer.json");
        LatinWord().IsMatch(Strip("成果完成团队 must receive", AllowedTokens(record))).Should().BeTrue();
        Chinese().IsMatch(Strip(Quoted().Replace("“可享有” 应得", " "), AllowedTokens(record))).Should().BeTrue();
    }

    internal static DecisionRecord Record(string file) =>
        CaseFile.Parse(File.ReadAllText(Path.Combine(ConventionTests.RepositoryRoot(), "samples", "cases", file))).Evaluate();

    /// <summary>What the case typed: the case id and every string its facts hold (ids, names, titles); and the record's digest.</summary>
    internal static IReadOnlyList<string> TypedTokens(DecisionRecord record)
    {
        var tokens = new List<string> { record.Digest, record.Decision.CaseId };
        foreach (var fact in record.Case.Facts)
        {
            tokens.AddRange(FactJson.Write(fact).EnumerateObject().Single().Value.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => p.Value.GetString()!));
        }

        return [.. tokens.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length)];
    }

    /// <summary>The keys of the record a report may show as code: the rule ids, outcome ids, parameter keys and pack ids it carries, and the digest. Not the ids of facts the engine derived.</summary>
    internal static HashSet<string> RecordKeys(DecisionRecord record)
    {
        var decision = record.Decision;
        var keys = new HashSet<string>(StringComparer.Ordinal) { record.Digest, record.RuleSetFingerprint };
        keys.UnionWith(decision.PackIds);
        keys.UnionWith(decision.Trace.SelectMany(t => t.Parameters.Select(p => p.Parameter).Append(t.RuleId)));
        keys.UnionWith(decision.Entitlements.Concat(decision.SupersededEntitlements).SelectMany(e => new[] { e.Id, e.RuleId }));
        keys.UnionWith(decision.Determinations.SelectMany(d => new[] { d.Id, d.RuleId }));
        keys.UnionWith(decision.Obligations.SelectMany(o => new[] { o.Id, o.RuleId }));
        return keys;
    }

    /// <summary>Markdown as a reader sees it, its code spans apart: the words, and each code span's text.</summary>
    internal static (string Text, IReadOnlyList<string> Code) MarkdownParts(string markdown)
    {
        var text = MarkdownText(markdown);
        return (CodeSpan().Replace(text, " "), [.. CodeSpan().Matches(text).Select(m => m.Groups[1].Value)]);
    }

    /// <summary>HTML as a reader sees it, its code elements apart: the words, and each code element's text.</summary>
    internal static (string Text, IReadOnlyList<string> Code) HtmlParts(string html) =>
        (HtmlText(CodeElement().Replace(html, " ")), [.. CodeElement().Matches(html).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, string.Empty)))]);

    /// <summary>What a report may show as given: every id and string the case holds, every outcome, rule, pack and parameter id, the digest.</summary>
    internal static IReadOnlyList<string> AllowedTokens(DecisionRecord record)
    {
        var decision = record.Decision;
        var tokens = new List<string> { record.Digest, record.RuleSetFingerprint, decision.CaseId };
        foreach (var fact in record.Case.Facts)
        {
            tokens.AddRange(FactJson.Write(fact).EnumerateObject().Single().Value.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => p.Value.GetString()!));
        }

        tokens.AddRange(decision.PackIds);
        tokens.AddRange(decision.Trace.SelectMany(t => t.MatchedFacts.Select(f => f.Id).Concat(t.Produced).Concat(t.Superseded).Append(t.RuleId)
            .Concat(t.Parameters.Select(p => p.Parameter))));
        tokens.AddRange(decision.Entitlements.Concat(decision.SupersededEntitlements).SelectMany(e => new[] { e.Id, e.RuleId }));
        tokens.AddRange(decision.Determinations.SelectMany(d => new[] { d.Id, d.RuleId }));
        tokens.AddRange(decision.Obligations.SelectMany(o => new[] { o.Id, o.RuleId }));
        tokens.AddRange(decision.Supersessions.SelectMany(s => new[] { s.Id, s.SupersededId, s.GoverningId }));
        return [.. tokens.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length)];
    }

    internal static string Strip(string text, IEnumerable<string> tokens) =>
        tokens.Aggregate(text.Replace("\u2068", " ", StringComparison.Ordinal).Replace("\u2069", " ", StringComparison.Ordinal),
            (current, token) => current.Replace(token, " ", StringComparison.Ordinal));

    /// <summary>Markdown as a reader sees it: without the anchors and link targets, which are markup, not words.</summary>
    internal static string MarkdownText(string markdown) => MarkdownLinkTarget().Replace(MarkdownAnchor().Replace(markdown, " "), "]").Replace("\\", string.Empty, StringComparison.Ordinal);

    /// <summary>HTML as a reader sees it: the text of the body and the title, entities decoded, without tags, style or attributes.</summary>
    internal static string HtmlText(string html)
    {
        var withoutStyle = Style().Replace(html, " ");
        var withoutDoctype = withoutStyle.Replace("<!DOCTYPE html>", " ", StringComparison.Ordinal);
        var labels = string.Join(" ", DataLabel().Matches(withoutDoctype).Select(m => m.Groups[1].Value));
        return WebUtility.HtmlDecode(Tag().Replace(withoutDoctype, " ") + " " + labels);
    }

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("<code>(.*?)</code>", RegexOptions.Singleline)]
    private static partial Regex CodeElement();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+")]
    private static partial Regex Chinese();

    [GeneratedRegex("“[^”]*”|^> .*$|<blockquote>[^<]*</blockquote>", RegexOptions.Multiline)]
    private static partial Regex Quoted();

    [GeneratedRegex("<a id=\"[^\"]*\"></a>")]
    private static partial Regex MarkdownAnchor();

    [GeneratedRegex(@"\]\(#[^)]*\)")]
    private static partial Regex MarkdownLinkTarget();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Style();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("data-label=\"([^\"]*)\"")]
    private static partial Regex DataLabel();
}
