using System.Text;
using Baotou.Incentives.Explanations;
using Baotou.Incentives.PolicyCases;
using Baotou.Incentives.Records;
using Baotou.Incentives.Tests.Conventions;

namespace Baotou.Incentives.Tests.Records;

/// <summary>
/// Issue 24 restructures the library's house without changing what it decides: for every sample case and every policy case,
/// the record (decision, trace, facts, parameters, packs) and the Markdown report in 中文 and English are compared byte for
/// byte with fixtures written before the restructuring (<c>Records/BeforeTheHouse/</c>). The rule-set fingerprint and the
/// digest over it are masked: they may change where a rule's definition changes, and only there.
/// Set <c>BAOTOU_WRITE_HOUSE_FIXTURES=1</c> to write the fixtures again (only when a change is meant to change decisions).
/// </summary>
public sealed class HouseByteIdentityTests
{
    private static string Root => ConventionTests.RepositoryRoot();

    private static string Fixtures => Path.Combine(Root, "tests", "Baotou.Incentives.Tests", "Records", "BeforeTheHouse");

    public static TheoryData<string> CaseFiles() => [.. CaseFileNames()];

    private static IEnumerable<string> CaseFileNames() =>
        new[] { "samples/cases", "samples/successor", "tests/policy-cases" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Root, folder), "*.json"))
            .Select(file => Path.GetRelativePath(Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_case_has_its_fixtures()
    {
        var expected = CaseFileNames().Select(FixtureName).SelectMany(name => new[] { name + ".record.json", name + ".zh.md", name + ".en.md" });

        Directory.GetFiles(Fixtures).Select(file => Path.GetFileName(file)).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Record_and_reports_are_byte_identical_to_before(string caseFile)
    {
        var record = Evaluate(caseFile);
        var written = new Dictionary<string, string>
        {
            [".record.json"] = Masked(record.ToJson(), record),
            [".zh.md"] = Masked(DecisionReport.ToMarkdown(record, ExplanationLanguage.Chinese), record),
            [".en.md"] = Masked(DecisionReport.ToMarkdown(record, ExplanationLanguage.English), record),
        };

        foreach (var (suffix, text) in written)
        {
            var path = Path.Combine(Fixtures, FixtureName(caseFile) + suffix);
            if (Environment.GetEnvironmentVariable("BAOTOU_WRITE_HOUSE_FIXTURES") == "1")
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
            }

            text.Should().Be(File.ReadAllText(path, Encoding.UTF8), "{0}{1} must be what the library wrote before the restructuring", caseFile, suffix);
        }
    }

    private static DecisionRecord Evaluate(string caseFile)
    {
        var path = Path.Combine(Root, caseFile);
        using var stream = File.OpenRead(path);
        if (caseFile.StartsWith("tests/policy-cases/", StringComparison.Ordinal))
        {
            var policyCase = PolicyCaseFile.Parse(stream, path);
            return new IncentiveEngine(policyCase.Packs).Record(policyCase.Case, policyCase.EvaluationDate);
        }

        return CaseFile.Parse(stream, path).Evaluate();
    }

    private static string FixtureName(string caseFile) => caseFile.Replace('/', '~').Replace(".json", "", StringComparison.Ordinal);

    /// <summary>The fingerprint (and the digest, which covers it) may change where a rule definition changes.</summary>
    private static string Masked(string text, DecisionRecord record) =>
        text.Replace(record.RuleSetFingerprint, "(rule-set fingerprint)", StringComparison.Ordinal)
            .Replace(record.Digest, "(digest)", StringComparison.Ordinal);
}
