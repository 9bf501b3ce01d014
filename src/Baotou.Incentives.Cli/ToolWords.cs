using System.Globalization;
using System.Text.Json;
using Baotou.Incentives.Engine;

namespace Baotou.Incentives.Cli;

/// <summary>
/// The tool's own words in one language (column headings, what-if sentences), read from <c>Catalogs/words.{zh,en}.json</c>
/// (embedded). The words of outcomes (a beneficiary, a status, a reason, a clause) are the library's, through
/// <see cref="Explanations.OutcomeWording"/>; these are only what the tool adds around them.
/// </summary>
internal sealed class ToolWords
{
    private static readonly ToolWords Chinese = new(ExplanationLanguage.Chinese);
    private static readonly ToolWords English = new(ExplanationLanguage.English);

    private readonly IReadOnlyDictionary<string, string> _entries;

    private ToolWords(ExplanationLanguage language)
    {
        Language = language;
        var code = language == ExplanationLanguage.English ? "en" : "zh";
        using var stream = typeof(ToolWords).Assembly.GetManifestResourceStream($"Baotou.Incentives.Cli.Catalogs.words.{code}.json")
            ?? throw new InvalidOperationException($"the tool's {code} words are not embedded");
        _entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    /// <summary>The language of these words.</summary>
    internal ExplanationLanguage Language { get; }

    internal static ToolWords For(ExplanationLanguage language) => language == ExplanationLanguage.English ? English : Chinese;

    internal string Get(string key) => _entries[key];

    internal string Format(string key, params string[] arguments) => string.Format(CultureInfo.InvariantCulture, Get(key), arguments);
}
