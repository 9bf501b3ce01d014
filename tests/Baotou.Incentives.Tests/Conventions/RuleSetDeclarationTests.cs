using System.Linq.Expressions;
using Baotou.Incentives.Rules;
using NRules.RuleModel;

namespace Baotou.Incentives.Tests.Conventions;

/// <summary>
/// Every rule declares its rule set (<see cref="RuleSetAttribute"/>), and the declaration agrees with the packs its patterns
/// name: a rule that reads a pack's parameters belongs to that pack's rule set, and a rule that names no rule set serves every
/// rule set. The engine compiles a rule by its declaration, so a wrong one would leave the rule out where it can fire.
/// </summary>
public sealed class RuleSetDeclarationTests
{
    [Fact]
    public void Every_rule_declares_the_rule_set_its_pack_patterns_name()
    {
        var disagreeing = Baotou.Incentives.Engine.CompiledRules.LoadDefinitions()
            .Select(rule => (rule.Name, Declared: RuleCatalog.ById[rule.Name].RuleSet.RuleSet, Named: NamedBy(rule)))
            .Where(r => r.Declared != r.Named)
            .Select(r => $"{r.Name}: declares '{r.Declared}', its patterns name '{r.Named}'")
            .ToArray();

        disagreeing.Should().BeEmpty(string.Join("\n", disagreeing));
    }

    [Fact]
    public void A_rule_that_declares_no_rule_set_is_refused_naming_the_class()
    {
        var act = () => RuleCatalog.Describe(typeof(Undeclared));

        act.Should().Throw<InvalidOperationException>().WithMessage("*Undeclared*[RuleSet]*");
    }

    /// <summary>The one rule set the string constants of a rule's policy-pack patterns name (anywhere, including inside an <c>Exists</c>), or <see cref="RuleSetAttribute.Every"/>.</summary>
    private static string NamedBy(IRuleDefinition rule)
    {
        var named = new RuleSetNames();
        named.Visit(Context.Empty, rule.LeftHandSide);
        return named.Names.Count switch
        {
            0 => RuleSetAttribute.Every,
            1 => named.Names.Single(),
            _ => string.Join(" and ", named.Names.Order(StringComparer.Ordinal)),
        };
    }

    private sealed class RuleSetNames : RuleElementVisitor<Context>
    {
        private readonly ConstantsNamingRuleSets _constants = new();

        internal IReadOnlySet<string> Names => _constants.Names;

        protected override PatternElement VisitPattern(Context context, PatternElement element)
        {
            if (element.ValueType == typeof(PolicyPack))
            {
                foreach (var condition in element.Expressions)
                {
                    _constants.Visit(condition.Expression);
                }
            }

            return base.VisitPattern(context, element);
        }
    }

    private sealed class ConstantsNamingRuleSets : ExpressionVisitor
    {
        internal HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is string text && RuleSets.All.Contains(text, StringComparer.Ordinal))
            {
                Names.Add(text);
            }

            return node;
        }
    }

    [NRules.Fluent.Dsl.Name("test-undeclared")]
    [PolicyClause(Clauses.Measure1)]
    private sealed class Undeclared : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
        }
    }
}
