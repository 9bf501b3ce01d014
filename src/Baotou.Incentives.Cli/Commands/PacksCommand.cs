using System.CommandLine;
using System.Globalization;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Cli.Usage;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Policy;
using Spectre.Console;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>packs list [--lang zh|en] [--format json]</c>: every shipped pack as a table with a header (id, document number, level,
/// effective date, title; columns aligned by the width a terminal gives each character), or as a JSON array;
/// <c>packs show ID|FILE [--lang zh|en] [--format json]</c>: everything a shipped pack or a pack file defines, a file read
/// strictly first; as JSON, the pack file format itself (docs/PACKS.md), which <c>--pack</c> reads back.
/// </summary>
internal static class PacksCommand
{
    internal static Command Create(ToolContext context)
    {
        var listLang = CommonOptions.Lang();
        var listFormat = CommonOptions.Format();
        var list = new Command("list", "List the packs the tool ships: id, document number, level, effective date and title")
        {
            listLang, listFormat,
        };
        list.SetAction(result => Guarded.Run(context, () => List(context, CommonOptions.Language(result.GetValue(listLang)), result.GetValue(listFormat) == CommonOptions.Json)));
        HelpExamples.Add(
            list,
            "baotou-incentives packs list            # a table: id, document number, level, effective date, title",
            "baotou-incentives packs list -l en -f json   # the same as a JSON array, titles in English");

        var which = new Argument<string>("id-or-file") { Description = "a shipped pack's id (see 'packs list') or a pack file (docs/PACKS.md)" };
        var showLang = CommonOptions.Lang();
        var showFormat = CommonOptions.Format();
        var show = new Command("show", "Show a pack: identity, level, dates, rule set, what it succeeds or changes, readings, and every parameter with its unit, dated values and references")
        {
            which, showLang, showFormat,
        };
        show.SetAction(result => Guarded.Run(context, () => Show(context, result.GetValue(which)!, CommonOptions.Language(result.GetValue(showLang)), result.GetValue(showFormat) == CommonOptions.Json)));
        HelpExamples.Add(
            show,
            "baotou-incentives packs show baotou-2023-149 -l en       # every parameter with its dated values and references",
            "baotou-incentives packs show later.pack.json             # a pack file, read strictly first",
            "baotou-incentives packs show baotou-2023-149 -f json > my.pack.json   # the pack file format, to edit and give to --pack");

        return new Command("packs", "The policy packs: list the shipped ones, or show one (shipped, or a pack file) parameter by parameter")
        {
            list, show,
        };
    }

    private static int List(ToolContext context, ExplanationLanguage language, bool json)
    {
        var rows = KnownPacks.All.Select(pack => new[]
        {
            pack.Id,
            pack.DocumentNumber,
            PackWording.Level(pack.Level, language),
            pack.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            language == ExplanationLanguage.English ? pack.EnglishTitle ?? pack.Title : pack.Title,
        }).ToArray();
        if (json)
        {
            JsonOutput.Write(context.Output, KnownPacks.All.Zip(rows, (pack, row) => new
            {
                pack.Id,
                pack.DocumentNumber,
                Level = pack.Level.ToString(),
                LevelWords = row[2],
                EffectiveFrom = row[3],
                Title = row[4],
            }));
            return ExitCodes.Success;
        }

        var words = ToolWords.For(language);
        string[] header = [.. new[] { "id", "document", "level", "effective", "title" }.Select(c => words.Get("cli.packs.column." + c))];
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Prepend(header).Max(r => r[i].GetCellWidth())).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            // Padded by the columns a terminal gives each character (two for 中文), so the columns line up; the last is not padded.
            context.Output.WriteLine(string.Concat(row.SkipLast(1).Select((cell, i) => cell + new string(' ', widths[i] - cell.GetCellWidth() + 2))) + row[^1]);
        }

        return ExitCodes.Success;
    }

    private static int Show(ToolContext context, string idOrFile, ExplanationLanguage language, bool json)
    {
        var pack = KnownPacks.All.FirstOrDefault(p => p.Id == idOrFile);
        if (pack is null)
        {
            if (!File.Exists(idOrFile) && !Directory.Exists(idOrFile))
            {
                throw new UsageProblem($"{idOrFile}: neither a shipped pack ({string.Join(", ", KnownPacks.All.Select(p => p.Id))}) nor a pack file");
            }

            pack = PackFiles.Read([idOrFile], []).Single().Pack;
        }

        if (json)
        {
            context.Output.Write(PackFile.Write(pack));
            return ExitCodes.Success;
        }

        foreach (var line in PackWording.Describe(pack, language).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            context.Output.WriteLine(line);
        }

        return ExitCodes.Success;
    }
}
