using System.Reflection;
using System.Text.RegularExpressions;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Records;
using Baotou.Incentives.Rules;
using Baotou.Incentives.Tests.Conventions;
using Baotou.Incentives.Tests.Support;

namespace Baotou.Incentives.Tests.Explanations;

/// <summary>
/// The zh and en catalogs are the only place the library's words live: every reason code, fact kind, field, beneficiary,
/// status, state, modality, parameter and clause has an entry in both, with the same placeholders, and every code renders
/// in both languages. Each check lists every offender at once.
/// </summary>
public sealed partial class CatalogTests
{
    private static readonly IReadOnlyList<(Type Type, string Code)> ReasonTypes = Outcomes.ReasonTypes.All;

    [Fact]
    public void Both_catalogs_have_the_same_keys_with_the_same_placeholders()
    {
        Mismatched(Catalog.Chinese.Entries, Catalog.English.Entries).Should().BeEmpty("each key needs zh and en text with the same placeholders");
    }

    [Fact]
    public void The_tools_own_words_have_the_same_keys_in_both_languages_with_the_same_placeholders()
    {
        static Dictionary<string, string> Words(string code)
        {
            using var stream = typeof(Baotou.Incentives.Cli.ToolWords).Assembly.GetManifestResourceStream($"Baotou.Incentives.Cli.Catalogs.words.{code}.json")!;
            return System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
        }

        Mismatched(Words("zh"), Words("en")).Should().BeEmpty("each of the tool's keys needs zh and en text with the same placeholders");
    }

    private static string[] Mismatched(IReadOnlyDictionary<string, string> zh, IReadOnlyDictionary<string, string> en) =>
        zh.Keys.Union(en.Keys)
            .Where(k => !zh.TryGetValue(k, out var z) || !en.TryGetValue(k, out var e) || !Placeholders(z).SetEquals(Placeholders(e)))
            .Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_reason_type_lives_in_Outcomes_Reasons_and_has_an_entry_in_both_catalogs()
    {
        var reasonTypes = typeof(IReason).Assembly.GetTypes().Where(t => typeof(IReason).IsAssignableFrom(t) && !t.IsInterface).ToArray();

        reasonTypes.Where(t => t.Namespace != "Baotou.Incentives.Outcomes.Reasons" || !t.IsSealed).Select(t => t.FullName)
            .Should().BeEmpty("one sealed record per code, under Outcomes/Reasons");
        reasonTypes.Except(ReasonTypes.Select(r => r.Type)).Select(t => t.Name).Should().BeEmpty("every reason type needs a code (a [ReasonCode] on its record)");
        ReasonTypes.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("a code names one reason");
        ReasonTypes
            .Where(r => !Catalog.Chinese.Has(r.Code) || !Catalog.English.Has(r.Code))
            .Select(r => $"{r.Type.Name} ({r.Code})")
            .Should().BeEmpty("every reason code needs zh and en text");
    }

    [Fact]
    public void Every_catalog_entry_under_a_reasons_prefix_words_a_reason_that_exists()
    {
        // Reason codes begin with one of a few words that no other kind of entry uses: an entry under one of them with no
        // reason behind it is left over from a reason removed or renamed, and would go unnoticed.
        var prefixes = ReasonTypes.Select(r => r.Code[..(r.Code.IndexOf('.', StringComparison.Ordinal) + 1)]).ToHashSet();
        var codes = ReasonTypes.Select(r => r.Code).ToHashSet();

        Catalog.Chinese.Entries.Keys.Concat(Catalog.English.Entries.Keys).Distinct()
            .Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)) && !codes.Contains(k))
            .Should().BeEmpty("an entry under a reason's prefix words a reason type's code");
    }

    [Fact]
    public void Every_reason_code_renders_in_both_languages_with_every_argument()
    {
        var problems = new List<string>();
        foreach (var (type, code) in ReasonTypes)
        {
            var reason = ReasonExamples.Of(type);
            foreach (var catalog in new[] { Catalog.Chinese, Catalog.English })
            {
                var text = catalog.Reason(reason);
                if (text.Contains('{', StringComparison.Ordinal) || text.Contains('}', StringComparison.Ordinal))
                {
                    problems.Add($"{code} ({catalog.Code}) leaves a placeholder: {text}");
                }

                var words = text.Replace(ReasonExamples.Text, string.Empty, StringComparison.Ordinal);
                if (catalog.Code == "zh" && LatinLetter().IsMatch(words))
                {
                    problems.Add($"{code} (zh) has Latin letters of its own: {text}");
                }

                if (catalog.Code == "en" && Han().IsMatch(Quoted().Replace(words, string.Empty)))
                {
                    problems.Add($"{code} (en) has Chinese of its own: {text}");
                }
            }

            // Every string argument reaches the text: a template that drops one hides what the rule found.
            var strings = type.GetConstructors().Single().GetParameters().Count(p => p.ParameterType == typeof(string) && p.GetCustomAttribute<Outcomes.ShownAsAttribute>()?.Kind != Outcomes.ArgumentKind.FactKind);
            foreach (var catalog in new[] { Catalog.Chinese, Catalog.English })
            {
                var shown = Regex.Count(catalog.Reason(reason), Regex.Escape(ReasonExamples.Text));
                if (shown < strings)
                {
                    problems.Add($"{code} ({catalog.Code}) shows {shown} of its {strings} text arguments");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Every_fact_kind_field_enum_value_and_parameter_has_a_name_in_both_languages()
    {
        var keys = new List<string>();
        foreach (var (type, _) in FactJson.Kinds)
        {
            keys.Add("kind." + type.Name);
            // The fields a fact's JSON holds, as the report's input tables show them: its constructor's parameters.
            keys.AddRange(type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters()
                .Select(p => "field." + char.ToLowerInvariant(p.Name![0]) + p.Name[1..]));
        }

        foreach (var enumType in new[]
                 {
                     typeof(UnitKind), typeof(TransformationMode), typeof(DeductionKind), typeof(PilotFocusArea), typeof(PricingMethod), typeof(SurplusUse),
                     typeof(OwnershipArrangementKind), typeof(CommissionerRole), typeof(TransformationIncomeBasis), typeof(MajorProjectBasisKind), typeof(EntitlementKind),
                 })
        {
            keys.AddRange(Enum.GetNames(enumType).Select(n => $"enum.{enumType.Name}.{n}"));
        }

        keys.AddRange(Enum.GetNames<Beneficiary>().Select(n => "beneficiary." + n));
        keys.AddRange(Enum.GetNames<DeterminationStatus>().Select(n => "status." + n));
        keys.AddRange(Enum.GetNames<ObligationState>().Select(n => "state." + n));
        keys.AddRange(Enum.GetNames<Modality>().Select(n => "modality." + n));
        keys.AddRange(new[] { Baotou149.Pack, NationalLaw2015Article45.Pack }.SelectMany(p => p.Parameters).Select(p => "parameter." + p.Key));
        keys.AddRange(Clauses.Keys.Values.SelectMany(k => new[] { "clause." + k, "clause-title." + k }));
        keys.AddRange(new[] { Baotou149.PackId, NationalLaw2015Article45.PackId }.Select(id => "pack." + id));

        keys.Where(k => !Catalog.Chinese.Has(k) || !Catalog.English.Has(k)).Distinct().Should().BeEmpty();
    }

    [Fact]
    public void Every_clause_rules_cite_has_a_key()
    {
        RuleCatalog.ById.Values.Select(r => r.Clause).Distinct().Where(c => !Clauses.Keys.ContainsKey(c)).Should().BeEmpty();
    }

    [Fact]
    public void The_quoted_sentences_are_the_original_word_for_word()
    {
        // The printed original breaks lines (and some words) at page ends; joined, each quote must appear in it exactly.
        var joined = OriginalTexts.Joined(OriginalTexts.Baotou149);
        var law = OriginalTexts.Joined(OriginalTexts.Law2015Articles43To45);
        ClauseSentences.All.Where(s => !joined.Contains(s, StringComparison.Ordinal)).Should().BeEmpty();
        ClauseSentences.AllOfTheLaw.Where(s => !law.Contains(s, StringComparison.Ordinal)).Should().BeEmpty("the law is quoted word for word");
        ClauseSentences.ByRule.Values.Concat(ClauseSentences.ByLawClause.Values).SelectMany(q => q).Distinct()
            .Except(ClauseSentences.All.Concat(ClauseSentences.AllOfTheLaw)).Should().BeEmpty("every quote a rule carries is one the checks above hold to an original");
        RuleCatalog.ById.Values.Where(r => r.RuleId.StartsWith("149-", StringComparison.Ordinal) && ClauseSentences.Of(r.RuleId, r.Clause).Count == 0).Select(r => r.RuleId)
            .Except(ClauseSentences.WithoutSentence)
            .Should().BeEmpty("every rule of 149号 quotes the sentence it applies");
        RuleCatalog.ById.Values.Where(r => r.Clause.StartsWith("促进科技成果转化法", StringComparison.Ordinal) && ClauseSentences.Of(r.RuleId, r.Clause).Count == 0)
            .Select(r => r.RuleId).Should().BeEmpty("every rule of the law quotes the sentences it applies");
        ClauseSentences.WithoutSentence.Where(id => !RuleCatalog.ById.TryGetValue(id, out var rule) || ClauseSentences.Of(id, rule.Clause).Count > 0)
            .Should().BeEmpty("an exemption names a rule that exists and quotes nothing");
    }

    [Fact]
    public void The_catalogs_are_formatted_without_the_current_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("de-DE");

            Catalog.English.Reason(new MajorProjectThreshold("C1", MajorProjectBasisKind.MoneyReceived, 1_999_999.99m, 2_000_000m))
                .Should().Be("the money received of contract C1, 1,999,999.99 yuan, is at least 2,000,000.00 yuan");
            Catalog.Chinese.Reason(new MajorProjectThreshold("C1", MajorProjectBasisKind.MoneyReceived, 1_999_999.99m, 2_000_000m))
                .Should().Be("合同 C1 的技术合同到账金额 1,999,999.99 元达到 2,000,000.00 元以上");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")]
    private static partial Regex Han();

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();
}
