using System.Globalization;
using System.Text.Json;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// The words of one language: every reason code, fact kind, field, beneficiary, status, topic, modality, parameter and
/// report heading, read from <c>Explanations/Catalogs/messages.{zh,en}.json</c> (embedded), the only place wording lives.
/// </summary>
/// <remarks>
/// The catalogs are data files, not resx: a resx satellite is found through a <see cref="CultureInfo"/>, and under
/// invariant globalization (containers, the command-line tool on a minimal image) creating the <c>zh-CN</c> or <c>en</c>
/// culture throws. A key → template table per language needs no culture at all, is formatted invariantly, and tests check
/// that both languages have the same keys with the same placeholders and that every reason code has an entry.
/// The language is always passed in (<see cref="For"/>); nothing reads <see cref="CultureInfo.CurrentUICulture"/>.
/// </remarks>
internal sealed class Catalog
{
    internal static readonly Catalog Chinese = new("zh", Load("zh"), static text => text);

    internal static readonly Catalog English = new("en", Load("en"), static text => text);

    private readonly IReadOnlyDictionary<string, string> _entries;
    private readonly Func<string, string> _caseText;

    private Catalog(string code, IReadOnlyDictionary<string, string> entries, Func<string, string> caseText)
    {
        Code = code;
        _entries = entries;
        _caseText = caseText;
    }

    /// <summary>The language's code for <c>lang</c> attributes: <c>zh</c> or <c>en</c>.</summary>
    internal string Code { get; }

    internal IReadOnlyDictionary<string, string> Entries => _entries;

    internal static Catalog For(ExplanationLanguage language) => language switch
    {
        ExplanationLanguage.Chinese => Chinese,
        ExplanationLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "must be Chinese or English"),
    };

    /// <summary>The same words, with text a case supplies (names, ids) passed through <paramref name="caseText"/>: reports isolate it for bidirectional text.</summary>
    internal Catalog WithCaseText(Func<string, string> caseText) => new(Code, _entries, caseText);

    internal string Get(string key) =>
        _entries.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"the {Code} catalog has no entry '{key}'");

    internal bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Formats an entry with arguments already rendered as text; the template, not the arguments, is parsed.</summary>
    internal string Format(string key, params string[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), arguments);

    /// <summary>Text a case supplies, as the report shows it.</summary>
    internal string Text(string caseText) => _caseText(caseText);

    internal string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Get($"enum.{typeof(TEnum).Name}.{value}");

    internal string Name(bool value) => Get(value ? "enum.Boolean.True" : "enum.Boolean.False");

    internal string FactKind(string kind) => Get("kind." + kind);

    internal string Beneficiary(Outcomes.Beneficiary beneficiary) => Get("beneficiary." + beneficiary);

    internal string Status(Outcomes.DeterminationStatus status) => Get("status." + status);

    /// <summary>A determination's finding in words: its status's, or where the catalog words the status under the verb, those (a
    /// measure that applies with no amount set is 酌情支持，未定金额, not 适用本条).</summary>
    internal string Finding(Outcomes.Determination determination) =>
        Has($"status.{determination.Status}.{determination.Modality}") ? Get($"status.{determination.Status}.{determination.Modality}") : Status(determination.Status);

    internal string State(Outcomes.ObligationState state) => Get("state." + state);

    internal string Modality(Outcomes.Modality modality) => Get("modality." + modality);

    /// <summary>A clause's citation, e.g. <c>149号·（八）</c> / <c>No. 149 (8)</c>, or the citation as given when the catalogs do not know it.</summary>
    internal string Citation(string clause) => Clauses.Keys.TryGetValue(clause, out var key) ? Get("clause." + key) : Text(clause);

    /// <summary>A clause's title, e.g. <c>放活职务科技成果转化收益</c>, or nothing when the catalogs do not know the clause.</summary>
    internal string ClauseTitle(string clause) => Clauses.Keys.TryGetValue(clause, out var key) ? Get("clause-title." + key) : string.Empty;

    internal string Topic(string topic) => Has("topic." + topic) ? Get("topic." + topic) : Text(topic);

    internal string Parameter(string key) => Has("parameter." + key) ? Get("parameter." + key) : Text(key);

    internal string Field(string name) => Get("field." + name);

    internal string Report(string key, params string[] arguments) => arguments.Length == 0 ? Get("report." + key) : Format("report." + key, arguments);

    internal string Reason(Outcomes.IReason reason) => ReasonText.Render(reason, this);

    private static IReadOnlyDictionary<string, string> Load(string language)
    {
        var name = $"Baotou.Incentives.Explanations.Catalogs.messages.{language}.json";
        using var stream = typeof(Catalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the catalog {name} is not embedded in the library");
        using var document = JsonDocument.Parse(stream);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            // JSON readers disagree on duplicate keys; a catalog must not have any.
            if (!entries.TryAdd(property.Name, property.Value.GetString() ?? string.Empty))
            {
                throw new InvalidOperationException($"the catalog {name} has the key '{property.Name}' twice");
            }
        }

        return entries;
    }
}
