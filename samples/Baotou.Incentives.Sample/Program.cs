using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Records;
using Baotou.Incentives.Sample;
using NodaTime;

// The evaluation date is stated, never read from the clock: the same run always prints the same decisions.
var evaluationDate = new LocalDate(2025, 6, 30);
var engine = new IncentiveEngine();           // 第四十五条 and 149号, the default packs

// `--export-cases <folder>` writes the sample cases as case files, what `baotou-incentives evaluate` reads (samples/cases holds
// them); `--export-policy-cases <folder>` writes them as policy case skeletons, what `verify` reads (docs/POLICY-CASES.md).
if (args is [var export and ("--export-cases" or "--export-policy-cases"), var folder])
{
    Func<IncentiveCase, LocalDate, IReadOnlyList<string>, string> write = export == "--export-cases" ? CaseFile.Write : PolicyCaseSkeleton.Write;
    Directory.CreateDirectory(folder);
    // Under the default packs (第四十五条 and 149号), as the engine below: no "packs" in the files. The one case about pack
    // choice names its packs, to show how a case file does.
    foreach (var incentiveCase in SampleCases.All())
    {
        File.WriteAllText(Path.Combine(folder, incentiveCase.Id + ".json"), write(incentiveCase, evaluationDate, []));
    }

    File.WriteAllText(Path.Combine(folder, "sample-soe-two-packs.json"),
        write(SampleCases.EnterpriseSelfImplementation(), evaluationDate, [Baotou149.PackId, NationalLaw2015Article45.PackId]));
    Console.WriteLine($"wrote {SampleCases.All().Count() + 1} {(export == "--export-cases" ? "case files" : "policy case skeletons")} to {folder}");
    return;
}

// `--lang en` prints in English; 中文 by default. Either way every word comes from the library's catalogs.
var language = args is ["--lang", "en"] ? ExplanationLanguage.English : ExplanationLanguage.Chinese;
// One engine for every case, under both policies at once: e.g. the enterprise's profit years under 149号 and the national
// baseline (促进科技成果转化法 第四十五条) are both floors: 149号's 10% governs and the law's 5% is set aside, year by year,
// never added (not 从高从新不重复, which speaks of 我市其他政策措施).
foreach (var incentiveCase in SampleCases.All())
{
    DecisionPrinter.Print(engine.Evaluate(incentiveCase, evaluationDate), Console.Out, language);
}
