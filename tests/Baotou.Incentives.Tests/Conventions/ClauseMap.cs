using System.Text;
using System.Text.RegularExpressions;
using Baotou.Incentives.Rules;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// The map from clause to rules to tests, built from the code itself: the rules from their <c>[PolicyClause]</c>, the tests
/// from the test files that name a rule's id (every rule test asserts on its rule's id, so naming it is what testing it
/// looks like here). It is written to <c>docs/CLAUSE-MAP.md</c>, and a test keeps that file current.
/// </summary>
internal static partial class ClauseMap
{
    internal const string DocumentPath = "docs/CLAUSE-MAP.md";

    internal sealed record RuleRow(string Clause, string Title, RuleInfo Rule, IReadOnlyList<string> TestClasses);

    /// <summary>A reading that decides an outcome: the rules it reaches, the words of the text that decide it, and what they decide.</summary>
    internal sealed record Reading(string Clause, IReadOnlyList<string> RuleIds, string Words, string Decides);

    /// <summary>
    /// The readings reviewed against the original (issue 22), each with the Chinese words that decide it; a test checks that
    /// every rule named exists. Kept here, beside the map it is printed in, as data: no rule holds a sentence.
    /// </summary>
    internal static readonly IReadOnlyList<Reading> Readings =
    [
        new("149号·（一）", ["149-1-ownership-arrangement"], "鼓励高校、科研院所开展赋予科研人员职务科技成果所有权试点",
            "a pilot is encouraged and nothing is forbidden: another unit is 不属于本条试点 (`OutsidePilot`); a missed condition is 不符合本条条件 (`ConditionsNotMet`), never 不允许"),
        new("149号·（二）", ["149-2-use-right", "149-2-use-right-extension"], "鼓励职务科技成果拥有单位开展赋予科研人员不低于10年的长期使用权试点；试点单位可进一步延长",
            "a term short of 10 years or a missing agreement is 不符合本条条件, and an extension whose conditions fail 不符合本条延长条件 (`ConditionsNotMet`), never 不允许"),
        new("149号·（三）", ["149-3-income-retained", "149-3-equity-self-managed"], "全部留归本单位，不上缴；形成国有资产的处置…自主管理，不审批、不备案",
            "consequences the text states: 适用本条 (`Applies`) with modality `Provided` (依文件规定), not 允许（鼓励）; what is self-managed is the 处置"),
        new("149号·（五）", ["149-5-transfer-office-equity"], "按成果转化收益给予不低于 5% 的奖励",
            "for 作价入股 a reward measured on the equity formed, in yuan (`RewardMeasuredOnEquity`, the default), not equity of the investee owed (`EquityFormedCounts`, a switch)"),
        new("149号·（五）", ["149-5-service-agency-support"], "对取得成效的技术转移服务机构，按照相关规定予以支持",
            "modality `UnderRelevantProvisions`: 按照相关规定予以支持（本文件未定金额）, other provisions decide, not this text's discretion"),
        new("149号·（六）", ["149-6-commissioner-throughout"], "支持鼓励科技特派员全程参与科技成果转化工作",
            "no funding condition: every commissioner taking part is encouraged; only the key-stage clause needs 财政科技经费"),
        new("149号·（九）", ["149-9-commissioned-funds", "149-9-surplus-performance-pay"], "横向科研项目经费，按成果转化收入进行管理，项目绩效经费纳入绩效工资管理，不受核定的绩效总量限制",
            "consequences the text states of the project's funds (`Provided`); 不受核定的绩效总量限制 is said of 项目绩效经费, not of a surplus paid out (比例自行约定)"),
        new("促进科技成果转化法·第四十五条第二款", ["law2015-45-p2-own-terms", "law2015-45-p2-net-income", "law2015-45-p2-equity", "law2015-45-p2-operating-profit"],
            "国家设立的研究开发机构、高等院校规定或者与科技人员约定奖励和报酬的方式和数额应当符合前款第一项至第三项规定的标准",
            "state-established is a fact of the unit (yes, no, not given); a state-established unit whose rates are not given still owes the floors and reads 无法核对 (`CannotBeChecked`); not given is never read as 不是"),
    ];

    /// <summary>Every clause the library knows, in the order of the texts, with its rules and the test classes that name them.</summary>
    internal static IReadOnlyList<RuleRow> Build()
    {
        var testFiles = Directory.EnumerateFiles(Path.Combine(ConventionTests.RepositoryRoot(), "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Text: File.ReadAllText(f), Classes: TestClass().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value).ToArray()))
            .ToArray();

        return Clauses.MeasureTitles.Keys
            .SelectMany(clause => RuleCatalog.ById.Values
                .Where(r => r.Clause == clause)
                .OrderBy(r => r.RuleId, StringComparer.Ordinal)
                .Select(rule => new RuleRow(clause, Clauses.MeasureTitles[clause], rule, testFiles
                    .Where(f => f.Text.Contains('"' + rule.RuleId + '"', StringComparison.Ordinal))
                    .SelectMany(f => f.Classes)
                    .Distinct()
                    .Order(StringComparer.Ordinal)
                    .ToArray())))
            .ToArray();
    }

    internal static string Render(IReadOnlyList<RuleRow> rows)
    {
        var text = new StringBuilder()
            .Append("# Clause → rule → test map\n\n")
            .Append("Generated from the code by `ClauseMapTests` (tests/Baotou.Incentives.Tests/Conventions); do not edit by hand.\n")
            .Append("A test fails when a clause of 149号 has no rule, when a rule has no test, or when this file is out of date.\n")
            .Append("To regenerate: `BAOTOU_WRITE_CLAUSE_MAP=1 dotnet test tests/Baotou.Incentives.Tests --filter ClauseMapTests`.\n\n")
            .Append("| Clause | Measure | Rule | Tests |\n")
            .Append("|---|---|---|---|\n");
        foreach (var row in rows)
        {
            text.Append($"| {row.Clause} | {row.Title} | `{row.Rule.RuleId}` ({row.Rule.RuleType.Name}) | {string.Join(", ", row.TestClasses)} |\n");
        }

        text.Append("\n## Readings that decide an outcome\n\n")
            .Append("The words of the text that decide each reading reviewed against the original; README's \"How the policy is read\" says why.\n\n")
            .Append("| Clause | Rules | The words that decide | Reading |\n")
            .Append("|---|---|---|---|\n");
        foreach (var reading in Readings)
        {
            text.Append($"| {reading.Clause} | {string.Join(", ", reading.RuleIds.Select(id => $"`{id}`"))} | {reading.Words} | {reading.Decides} |\n");
        }

        return text.ToString();
    }

    [GeneratedRegex(@"public sealed class (\w+Tests)\b")]
    private static partial Regex TestClass();
}
