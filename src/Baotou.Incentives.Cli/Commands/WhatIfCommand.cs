using Baotou.Incentives.Json;
using System.CommandLine;
using System.Globalization;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Cli.Usage;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Money;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.WhatIf;
using NodaTime;
using NodaTime.Text;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>whatif CASE --set PARAMETER=VALUE [--set …] [--from DATE]</c> or <c>whatif CASE --pack CHANGED.json</c>: decides a case
/// under its packs and again with one of them changed (<see cref="IncentiveEngine.WhatIf(Facts.IncentiveCase, LocalDate, PolicyPack)"/>),
/// and prints each outcome that moved with its old and new value, in words (<c>--lang zh|en</c>, <see cref="WhatIfWords"/>) or,
/// with <c>--format json</c>, as one JSON document (docs/CLI.md). Nothing is written; exit 0 when it ran.
/// </summary>
internal static class WhatIfCommand
{
    internal static Command Create(ToolContext context)
    {
        var caseFile = new Argument<string>("case") { Description = "the case file (JSON) to decide under its packs and under the changed pack" };
        var set = new Option<string[]>("--set")
        {
            Description = "a parameter and the value to try, e.g. 149.8.transfer-licence-net-income-share=85% (a rate as 0.85 or 85%, an amount in yuan, a term in whole years); repeatable, all of one pack",
            HelpName = "parameter=value",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var from = new Option<string>("--from")
        {
            Description = "with --set: the value applies to events on or after this date (an amendment); left out, from the pack's own effective date",
            HelpName = "date",
        };
        var pack = new Option<string>("--pack")
        {
            Description = "a changed copy of one of the case's packs as a pack file (the same id), tried in place of it",
            HelpName = "changed.pack.json",
        };
        var lang = CommonOptions.Lang();
        var format = CommonOptions.Format();
        var command = new Command("whatif", "Decide a case under its packs and again with one pack changed (--set PARAMETER=VALUE, or --pack CHANGED.json), and print each outcome that moves: old → new")
        {
            caseFile, set, from, pack, lang, format,
        };
        command.SetAction(result => Guarded.Run(context, () =>
            WhatIf(context, result.GetValue(caseFile)!, result.GetValue(set) ?? [], result.GetValue(from), result.GetValue(pack),
                CommonOptions.Language(result.GetValue(lang)), result.GetValue(format) == CommonOptions.Json)));
        return HelpExamples.Add(
            command,
            "baotou-incentives whatif case.json --set 149.8.transfer-licence-net-income-share=85%        # a rate as 85% or 0.85",
            "baotou-incentives whatif case.json --set 149.8.transfer-licence-net-income-share=85% --from 2025-07-01 -l en   # an amendment from a date",
            "baotou-incentives whatif case.json --pack changed.pack.json -f json                           # a changed copy of a pack, for a script");
    }

    private static int WhatIf(ToolContext context, string path, string[] sets, string? fromText, string? packFile, ExplanationLanguage language, bool json)
    {
        if (sets.Length == 0 && packFile is null)
        {
            throw new UsageProblem("whatif: give --set PARAMETER=VALUE (e.g. --set 149.8.transfer-licence-net-income-share=85%) or --pack CHANGED.json");
        }

        if (sets.Length > 0 && packFile is not null)
        {
            throw new UsageProblem("whatif: give --set or --pack, not both: a what-if changes one pack, by values or as a file");
        }

        if (fromText is not null && sets.Length == 0)
        {
            throw new UsageProblem("whatif: --from goes with --set: the date from which the value set applies");
        }

        LocalDate? from = null;
        if (fromText is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(fromText);
            from = parsed.Success ? parsed.Value : throw new UsageProblem($"--from must be a date such as 2025-07-01; was '{fromText}'");
        }

        var read = Guarded.Read(path, "case file", stream => CaseFile.Parse(stream, path));
        var words = ToolWords.For(language);
        var (changed, tried) = packFile is null ? Set(read.Packs, sets, from, words) : FromFile(read.Packs, packFile, path, words);
        var comparison = Guarded.Parse(path, "case", () => new IncentiveEngine(read.Packs).WhatIf(read.Case, read.EvaluationDate, changed));
        var date = read.EvaluationDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        if (json)
        {
            JsonOutput.Write(context.Output, Json(comparison, date, changed.Id, tried, language));
            return ExitCodes.Success;
        }

        context.Output.WriteLine(words.Format("cli.whatif.heading", read.Case.Id, date, tried));
        foreach (var change in comparison.Changes)
        {
            context.Output.WriteLine(WhatIfWords.Line(change, comparison, language));
        }

        context.Output.WriteLine(WhatIfWords.Count(comparison.Changes.Count, language));
        return ExitCodes.Success;
    }

    /// <summary>The what-if as one JSON document (docs/CLI.md).</summary>
    private static object Json(WhatIfComparison comparison, string date, string packId, string tried, ExplanationLanguage language) => new
    {
        Case = comparison.CaseId,
        EvaluationDate = date,
        Pack = packId,
        Tried = tried,
        Changes = comparison.Changes.Select(change => new
        {
            Outcome = change.OutcomeId,
            Rule = change.RuleId,
            Kind = change.Kind.ToString().ToLowerInvariant(),
            change.Field,
            change.Before,
            change.After,
            Text = WhatIfWords.Line(change, comparison, language),
        }),
    };

    /// <summary>The pack the <c>--set</c> values change, and what was tried in <paramref name="words"/>; every problem with them at once.</summary>
    private static (PolicyPack Changed, string Tried) Set(IReadOnlyList<PolicyPack> packs, string[] sets, LocalDate? from, ToolWords words)
    {
        var problems = new List<string>();
        var values = new List<(PolicyPack Pack, PolicyParameter Parameter, decimal Value)>();
        foreach (var set in sets)
        {
            var equals = set.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == set.Length - 1)
            {
                problems.Add($"--set must be PARAMETER=VALUE, e.g. 149.8.transfer-licence-net-income-share=85%; was '{set}'");
                continue;
            }

            var key = set[..equals].Trim();
            var text = set[(equals + 1)..].Trim();
            var setting = packs.Where(p => p.Parameters.Any(x => x.Key == key)).ToArray();
            if (setting.Length == 0)
            {
                var keys = packs.SelectMany(p => p.Parameters).Select(p => p.Key).Distinct().Order(StringComparer.Ordinal).ToArray();
                var nearest = NearestName.Of(key, keys);
                problems.Add($"--set {set}: '{key}' is not a parameter of the case's packs ({string.Join(", ", packs.Select(p => p.Id))})"
                    + (nearest is null ? $"; their parameters: {string.Join(", ", keys)}" : $"; did you mean {nearest}?"));
                continue;
            }

            if (setting.Length > 1)
            {
                problems.Add($"--set {set}: '{key}' is set by {string.Join(" and ", setting.Select(p => p.Id))}; to change one of them, write it as a pack file and give --pack");
                continue;
            }

            var parameter = setting[0].Parameters.Single(x => x.Key == key);
            if (Value(parameter.Unit, text) is { } value)
            {
                values.Add((setting[0], parameter, value));
            }
            else
            {
                problems.Add($"--set {set}: {Range(parameter.Unit)}; was '{text}'");
            }
        }

        if (problems.Count == 0 && values.Select(v => v.Pack.Id).Distinct().Count() > 1)
        {
            problems.Add($"--set changes one pack at a time; these are set by {string.Join(" and ", values.Select(v => v.Pack.Id).Distinct())}: ask one what-if for each");
        }

        if (problems.Count == 0 && values.GroupBy(v => v.Parameter.Key).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            problems.Add($"--set names '{twice.Key}' more than once");
        }

        if (problems.Count > 0)
        {
            throw new UsageProblem(string.Join(Environment.NewLine, problems));
        }

        var changed = values[0].Pack;
        foreach (var (_, parameter, value) in values)
        {
            changed = from is { } date
                ? changed.WithAmendment(parameter, date, value, string.Create(CultureInfo.InvariantCulture, $"what-if: {parameter.Key} = {Shown(parameter.Unit, value)} from {date:uuuu-MM-dd}"))
                : changed.WithValue(parameter, value);
        }

        var said = string.Join(", ", values.Select(v => $"{v.Parameter.Key} = {Shown(v.Parameter.Unit, v.Value)}"));
        return (changed, words.Format("cli.whatif.set", changed.Id, said)
            + (from is { } d ? words.Format("cli.whatif.from", d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)) : string.Empty));
    }

    /// <summary>The changed copy of one of the case's packs in <paramref name="packFile"/>, and what was tried in <paramref name="words"/>.</summary>
    private static (PolicyPack Changed, string Tried) FromFile(IReadOnlyList<PolicyPack> packs, string packFile, string casePath, ToolWords words)
    {
        var pack = PackFiles.Read([packFile], packs).Single().Pack;
        return packs.Any(p => p.Id == pack.Id)
            ? (pack, words.Format("cli.whatif.as-file", pack.Id, packFile))
            : throw new UsageProblem($"{packFile}: pack '{pack.Id}' is not one of the packs of {casePath} ({string.Join(", ", packs.Select(p => p.Id))}); a what-if tries a changed copy of one of them under its id: give the file that id, or add a pack of its own with 'evaluate {casePath} --pack {packFile}'");
    }

    /// <summary>The value given for a parameter of <paramref name="unit"/>, or <see langword="null"/> when it is not one (the ranges a pack enforces).</summary>
    private static decimal? Value(ParameterUnit unit, string text)
    {
        var percent = text.EndsWith('%');
        if (!decimal.TryParse(percent ? text[..^1] : text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            || (percent && unit != ParameterUnit.Rate))
        {
            return null;
        }

        var value = percent ? number / 100m : number;
        return unit switch
        {
            ParameterUnit.Rate when value is >= 0m and <= 1m => value,
            ParameterUnit.Yuan when value >= 0m => value,
            ParameterUnit.Years when value is >= 1m and <= 100m && decimal.Truncate(value) == value => value,
            _ => null,
        };
    }

    private static string Range(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Rate => "must be a rate from 0 to 1 or from 0% to 100% (0.85 or 85%)",
        ParameterUnit.Yuan => "must be an amount in yuan from 0 (e.g. 2000000)",
        _ => "must be a whole number of years from 1 to 100",
    };

    private static string Shown(ParameterUnit unit, decimal value) => unit switch
    {
        ParameterUnit.Rate => Rate.Format(value),
        ParameterUnit.Yuan => Fen.Format(value),
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };
}
