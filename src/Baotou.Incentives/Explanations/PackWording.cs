using System.Globalization;
using System.Text;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Money;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Explanations;

/// <summary>
/// A policy pack in the words of the zh and en catalogs, for a policy expert checking what a pack says (the command-line
/// tool's <c>packs list</c> and <c>packs show</c>): its identity, level, dates, rule set, what it succeeds or changes, its
/// readings, and every parameter with its unit, dated values and the text that sets each.
/// </summary>
public static class PackWording
{
    /// <summary>A pack's level in words, e.g. <c>市级政策</c> / <c>municipal</c>.</summary>
    /// <param name="level">The level.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    public static string Level(PolicyLevel level, ExplanationLanguage language) => Catalog.For(language).Name(level);

    /// <summary>
    /// Everything a pack defines, one item a line: its id and document number, then title, issuing body, level, dates, rule
    /// set, what it succeeds or changes, readings, and each parameter (name, unit, clause) with its dated values (rates as
    /// percentages, amounts to the fen) and references, parameters ordered by key.
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <param name="language">The language of the words; the document's own texts (references) are as the pack gives them.</param>
    /// <returns>The text, each line ending with a newline.</returns>
    public static string Describe(PolicyPack pack, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var words = Catalog.For(language);
        var english = language == ExplanationLanguage.English;
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        void Item(string key, string value) => Line("  " + words.Get("packs." + key) + words.Report("colon") + value);

        Line($"{pack.Id} {pack.DocumentNumber}");
        Item("title", english ? pack.EnglishTitle ?? pack.Title : pack.Title);
        if ((english ? pack.EnglishIssuedBy ?? pack.IssuedBy : pack.IssuedBy) is { } issuer)
        {
            Item("issued-by", issuer);
        }

        Item("level", Level(pack.Level, language));
        Item("published-on", Date(pack.PublishedOn));
        Item("effective-from", Date(pack.EffectiveFrom));
        Item("rule-set", pack.RuleSet);
        if (pack.SucceedsPackId is { } succeeds)
        {
            Item("succeeds", succeeds);
        }

        if (pack.ChangesPackId is { } changes)
        {
            Item("changes", words.Format("packs.changes.value", changes, string.Join(words.Report("list-separator"), pack.ChangedParameters)));
        }

        var r = pack.Readings;
        // Each reading in words, the clause whose open text it decides first; the JSON name beside it for a pack file's author.
        string Reading(string label, string jsonName, string value) =>
            words.Format("packs.reading.line", words.Get("packs.reading." + label), value) + $" ({jsonName})";
        Item("readings", string.Join(words.Report("list-separator"),
            Reading("transfer-office-reward-basis", "transferOfficeRewardBasis", words.Name(r.TransferOfficeRewardBasis)),
            Reading("profit-years", "profitYears", words.Name(r.ProfitYears)),
            Reading("exemption-publicity", "exemptionPublicity", words.Name(r.ExemptionPublicity)),
            Reading("transfer-office-equity", "transferOfficeEquity", words.Name(r.TransferOfficeEquity)),
            Reading("income-retention", "incomeRetention", words.Name(r.IncomeRetention))));
        Line(words.Get("packs.parameters") + words.Report("colon").TrimEnd());
        foreach (var parameter in pack.Parameters)
        {
            Line("  " + words.Format("packs.parameter.line", parameter.Key, words.Parameter(parameter.Key), words.Get("packs.unit." + parameter.Unit),
                OutcomeWording.Clause(parameter.Clause, language)));
            foreach (var value in pack.ValuesOf(parameter))
            {
                Line("    " + words.Format("packs.value.line", Date(value.EffectiveFrom), Value(words, parameter.Unit, value.Value), value.Reference));
            }
        }

        return text.ToString();
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Value(Catalog words, ParameterUnit unit, decimal value) => unit switch
    {
        ParameterUnit.Rate => Rate.Format(value),
        ParameterUnit.Yuan => words.Format("packs.value.Yuan", Fen.Format(value)),
        _ => words.Format("packs.value.Years", value.ToString("0", CultureInfo.InvariantCulture)),
    };
}
