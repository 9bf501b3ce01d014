using System.Reflection;
using System.Text.RegularExpressions;
using Baotou.Incentives.Rules;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>The project's promises, enforced by reflection and by reading the rule sources.</summary>
public sealed partial class ConventionTests
{
    private static readonly Assembly Library = typeof(IncentiveEngine).Assembly;

    public static TheoryData<Type> FactTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Library.GetTypes().Where(t => typeof(ICaseFact).IsAssignableFrom(t) && t.IsClass))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FactTypes))]
    public void Every_fact_is_a_sealed_record_with_no_setter(Type factType)
    {
        factType.IsSealed.Should().BeTrue();
        factType.GetMethod("<Clone>$").Should().NotBeNull("{0} must be a record", factType.Name);
        factType.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.SetMethod is not null)
            .Should().BeEmpty("facts are immutable and validated: a 'with' copy must not bypass the constructor");
    }

    [Fact]
    public void Every_rule_is_internal_and_carries_a_stable_id_and_a_clause_of_its_document()
    {
        var rules = Library.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract).ToArray();

        rules.Should().NotBeEmpty();
        rules.Should().AllSatisfy(r =>
        {
            r.IsPublic.Should().BeFalse("{0} is an implementation detail", r.Name);
            r.GetCustomAttribute<PolicyClauseAttribute>().Should().NotBeNull("{0} must cite its clause", r.Name);
        });
        RuleCatalog.ById.Keys.Should().OnlyHaveUniqueItems().And.HaveCount(rules.Length);
        // The id names the document: 149- for 149号, law2015-45- for 促进科技成果转化法 第四十五条, and the clause agrees.
        RuleCatalog.ById.Values.Should().AllSatisfy(r => r.RuleId.Should().MatchRegex("^(149|law2015-45)-[a-z0-9-]+$"));
        RuleCatalog.ById.Values.Where(r => r.RuleId.StartsWith("149-", StringComparison.Ordinal))
            .Should().AllSatisfy(r => r.Clause.Should().StartWith("149号·"));
        RuleCatalog.ById.Values.Where(r => r.RuleId.StartsWith("law2015-45-", StringComparison.Ordinal))
            .Should().AllSatisfy(r => r.Clause.Should().StartWith("促进科技成果转化法·第四十五条"));
    }

    [Fact]
    public void No_policy_number_is_a_literal_inside_a_rule()
    {
        var rulesFolder = Path.Combine(RepositoryRoot(), "src", "Baotou.Incentives", "Rules");
        var offending = Directory.EnumerateFiles(rulesFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != "Priorities.cs") // firing order of the engine, not a number of the policy
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !x.line.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Where(x => NumericLiteral().IsMatch(StringLiteral().Replace(x.line, "\"\"")))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.number}: {x.line.Trim()}")
            .ToArray();

        offending.Should().BeEmpty("percentages, thresholds and terms come from the policy pack");
    }

    [Fact]
    public void Every_public_type_is_documented_in_the_xml_docs()
    {
        var docs = Path.ChangeExtension(Library.Location, ".xml");
        File.Exists(docs).Should().BeTrue();
        var text = File.ReadAllText(docs);

        Library.GetExportedTypes().Should().AllSatisfy(t => text.Should().Contain($"\"T:{t.FullName}\""));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Baotou.Incentives.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }

    // A number other than 0 or 1 (priorities and indices aside, rules have no business with numbers).
    [GeneratedRegex(@"(?<![\w.])(?![01][mMdD]?\b)\d[\d_]*(\.\d+)?[mMdD]?\b")]
    private static partial Regex NumericLiteral();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex StringLiteral();
}
