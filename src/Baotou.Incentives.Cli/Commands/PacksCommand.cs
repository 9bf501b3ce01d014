using System.CommandLine;
using System.Globalization;
using Baotou.Incentives.Cli.Inputs;
using Baotou.Incentives.Engine;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Cli.Commands;

/// <summary>
/// <c>packs list [--lang zh|en]</c>: every shipped pack, one a line (id, document number, level, effective date, title);
/// <c>packs show ID|FILE [--lang zh|en]</c>: everything a shipped pack or a pack file defines, a file read strictly first.
/// </summary>
internal static class PacksCommand
{
    internal static Command Create(ToolContext context)
    {
        var listLang = Lang();
        var list = new Command("list", "List the packs the tool ships: id, document number, level, effective date and title")
        {
            listLang,
        };
        list.SetAction(result => Guarded.Run(context, () => List(context, Language(result.GetValue(listLang)))));

        var which = new Argument<string>("id-or-file") { Description = "a shipped pack's id (see 'packs list') or a pack file (docs/PACKS.md)" };
        var showLang = Lang();
        var show = new Command("show", "Show a pack: identity, level, dates, rule set, what it succeeds or changes, readings, and every parameter with its unit, dated values and references")
        {
            which, showLang,
        };
        show.SetAction(result => Guarded.Run(context, () => Show(context, result.GetValue(which)!, Language(result.GetValue(showLang)))));

        return new Command("packs", "The policy packs: list the shipped ones, or show one (shipped, or a pack file) parameter by parameter")
        {
            list, show,
        };
    }

    private static Option<string> Lang()
    {
        var lang = new Option<string>("--lang")
        {
            Description = "zh (中文) or en (English)",
            DefaultValueFactory = _ => "zh",
        };
        lang.AcceptOnlyFromAmong("zh", "en");
        return lang;
    }

    private static ExplanationLanguage Language(string? lang) => lang == "en" ? ExplanationLanguage.English : ExplanationLanguage.Chinese;

    private static int List(ToolContext context, ExplanationLanguage language)
    {
        foreach (var pack in KnownPacks.All)
        {
            var title = language == ExplanationLanguage.English ? pack.EnglishTitle ?? pack.Title : pack.Title;
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pack.Id}  {pack.DocumentNumber}  {PackWording.Level(pack.Level, language)}  {pack.EffectiveFrom:uuuu-MM-dd}  {title}"));
        }

        return ExitCodes.Success;
    }

    private static int Show(ToolContext context, string idOrFile, ExplanationLanguage language)
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

        foreach (var line in PackWording.Describe(pack, language).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            context.Output.WriteLine(line);
        }

        return ExitCodes.Success;
    }
}
