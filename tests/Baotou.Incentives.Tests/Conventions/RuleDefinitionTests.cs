using Baotou.Incentives.Rules;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// Rule definitions built anew (not the engine's cached ones): a rule that matches nothing, acts on nothing or lacks its
/// metadata is a defect the engine would otherwise carry silently.
/// </summary>
public sealed class RuleDefinitionTests
{
    private static readonly IReadOnlyList<IRuleDefinition> Fresh = Baotou.Incentives.Engine.CompiledRules.LoadDefinitions();

    [Fact]
    public void Every_rule_matches_at_least_two_facts_and_acts()
    {
        // Each rule relates a fact of the case to the pack (or, for derivations, to another fact), or groups facts with one
        // query (从高从新不重复 groups overlapping entitlements), and inserts what it found.
        Fresh.Should().HaveCount(RuleCatalog.ById.Count);
        Fresh.Should().AllSatisfy(rule =>
        {
            var elements = rule.LeftHandSide.ChildElements;
            var groupsFacts = elements.Count == 1 && elements.Single() is PatternElement { Source: AggregateElement };
            (elements.Count >= 2 || groupsFacts).Should().BeTrue("{0} must relate facts", rule.Name);
            rule.RightHandSide.Actions.Should().NotBeEmpty("{0} must produce something", rule.Name);
        });
    }

    [Fact]
    public void Every_rule_definition_carries_the_id_and_clause_the_catalog_reads()
    {
        Fresh.Select(r => r.Name).Should().BeEquivalentTo(RuleCatalog.ById.Keys);
    }

    [Fact]
    public void A_rule_without_a_name_is_refused_naming_the_class()
    {
        var act = () => RuleCatalog.Describe(typeof(Unnamed));

        act.Should().Throw<InvalidOperationException>().WithMessage("Rule Unnamed has no [Name]: every rule needs a stable id.");
    }

    [Fact]
    public void A_rule_without_a_clause_is_refused_naming_the_class()
    {
        var act = () => RuleCatalog.Describe(typeof(Uncited));

        act.Should().Throw<InvalidOperationException>().WithMessage("Rule Uncited has no [PolicyClause]: every rule cites its clause.");
    }

    [Fact]
    public void A_rule_citing_an_unknown_clause_is_refused_naming_the_clause()
    {
        var act = () => RuleCatalog.Describe(typeof(MisCited));

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Rule MisCited cites '149号·（十三）', which is not a clause the library knows (Clauses.MeasureTitles).");
    }

    [PolicyClause(Clauses.Measure5)]
    private sealed class Unnamed : Rule
    {
        public override void Define()
        {
        }
    }

    [Name("test-uncited")]
    private sealed class Uncited : Rule
    {
        public override void Define()
        {
        }
    }

    [Name("test-miscited")]
    [PolicyClause("149号·（十三）")]
    private sealed class MisCited : Rule
    {
        public override void Define()
        {
        }
    }
}
