using System.CommandLine;
using System.CommandLine.Parsing;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using NodaTime;
using NodaTime.Text;

namespace Baotou.Incentives.Cli.Usage;

/// <summary>
/// The options several commands share, spelled the same everywhere: <c>--lang</c>/<c>-l</c> (zh or en),
/// <c>--format</c>/<c>-f</c> (text for a person, json for a script), <c>--as-of</c> (a date), and the policy cases' paths.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The output for scripts, <c>--format json</c>.</summary>
    internal const string Json = "json";

    /// <summary><c>--lang zh|en</c>, <c>-l</c>: the language of the words; zh (中文) when left out.</summary>
    internal static Option<string> Lang(string what = "zh (中文) or en (English)")
    {
        var lang = new Option<string>("--lang", "-l")
        {
            Description = what,
            DefaultValueFactory = _ => "zh",
        };
        lang.AcceptOnlyFromAmong("zh", "en");
        return lang;
    }

    /// <summary>The language <c>--lang</c> names.</summary>
    internal static ExplanationLanguage Language(string? lang) => lang == "en" ? ExplanationLanguage.English : ExplanationLanguage.Chinese;

    /// <summary><c>--format text|json</c>, <c>-f</c>: lines for a person (the default), or one JSON document for a script (docs/CLI.md has its shape).</summary>
    internal static Option<string> Format()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (lines for a person) or json (one JSON document for scripts; its shape is in docs/CLI.md)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", Json);
        return format;
    }

    /// <summary><c>PATH…</c>, the argument of <c>verify</c> and <c>mutate</c>: policy case files, or folders of them.</summary>
    internal static Argument<string[]> PolicyCases() => new("path")
    {
        Description = "policy case files, or folders whose *.json files are policy cases",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--as-of DATE</c>: evaluate on this date instead of the case file's <c>evaluationDate</c>.</summary>
    internal static Option<LocalDate?> AsOf() => new("--as-of")
    {
        Description = "evaluate on this date (e.g. 2025-12-31) instead of each case file's evaluationDate: money received after it is not counted",
        HelpName = "date",
        CustomParser = ParseDate,
    };

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(" ", result.Tokens.Select(t => t.Value));
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"--as-of must be a date such as 2025-12-31; was '{text}'");
        return null;
    }
}
