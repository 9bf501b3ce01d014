using System.Collections.Concurrent;
using System.Linq.Expressions;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace Baotou.Incentives.Engine;

/// <summary>
/// The rule set, loaded once per process, and compiled into one session factory per combination of fact families a case has.
/// </summary>
/// <remarks>
/// NRules matches every fact against every rule in the session, so a session is cheaper the fewer rules it holds. A rule
/// whose conditions match an input fact kind the case does not have can never fire (no rule inserts input facts), so it is
/// left out of that case's factory. Kinds are grouped in families (<see cref="FactKinds"/>) so that a process compiles a
/// handful of factories rather than one per combination of input kinds: compiling costs far more than a rule that
/// cannot fire. Which kinds a rule needs is read from its compiled definition, not declared by hand,
/// so a new rule is placed correctly without anyone remembering to. Factories are compiled lazily and kept: a process sees
/// few combinations, and each factory is safe to share across threads. The rules over other rules' outcomes are compiled apart,
/// one factory per set of rule sets, for the evaluation's last step (<see cref="OutcomePhase"/>).
/// </remarks>
internal static class CompiledRules
{
    // A factory's key is one long: the fact kinds' bits from 0 (19 kinds), the rule sets' bits from here, well clear of them.
    private const int RuleSetBitsStart = 40;
    private static readonly Lazy<IReadOnlyList<RuleNeeds>> Definitions = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<long, Lazy<ISessionFactory>> FactoriesByKinds = new();
    private static readonly ConcurrentDictionary<long, Lazy<ISessionFactory>> OutcomeFactoriesByRuleSets = new();

    /// <summary>Every rule's definition, loaded once (the rule-set fingerprint is read from them).</summary>
    internal static IEnumerable<IRuleDefinition> All => Definitions.Value.Select(r => r.Definition);

    /// <summary>Loads every rule definition, so that a broken rule fails when the engine is built rather than on first use.</summary>
    internal static int RuleCount => Definitions.Value.Count;

    /// <summary>
    /// The session factory holding exactly the rules over a case's facts (not over outcomes) that can fire for a case with these
    /// facts under these rule sets.
    /// </summary>
    internal static ISessionFactory For(IEnumerable<ICaseFact> facts, long ruleSets) =>
        FactoriesByKinds.GetOrAdd(KindsOf(facts) | ruleSets, k => new Lazy<ISessionFactory>(() => Compile(k, readsOutcomes: false))).Value;

    /// <summary>
    /// The session factory holding the rules over other rules' outcomes under these rule sets (<see cref="OutcomePhase"/>): they
    /// fire after every rule over the case's facts, so they run in a session of their own, and only when one of them can fire.
    /// </summary>
    internal static ISessionFactory OverOutcomes(long ruleSets) =>
        OutcomeFactoriesByRuleSets.GetOrAdd(ruleSets, k => new Lazy<ISessionFactory>(() => Compile(AllKinds | k, readsOutcomes: true))).Value;

    /// <summary>The rules over other rules' outcomes; every other rule's priority is above all of theirs (a test holds it).</summary>
    internal static IEnumerable<IRuleDefinition> ReadingOutcomes => Definitions.Value.Where(r => r.ReadsOutcomes).Select(r => r.Definition);

    /// <summary>The ids of the rules a case with these facts is evaluated with (under every rule set unless told).</summary>
    internal static IReadOnlyList<string> RuleIdsFor(IEnumerable<ICaseFact> facts, long? ruleSets = null) =>
        Definitions.Value
            .Where(r => Fits(r, KindsOf(facts) | (ruleSets ?? RuleSetsOf(RuleSets.All))))
            .Select(r => r.Definition.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The bits of the rule sets the packs drive; they sit above the fact kinds' bits in a factory's key.</summary>
    internal static long RuleSetsOf(IEnumerable<string> ruleSets)
    {
        var mask = 0L;
        foreach (var ruleSet in ruleSets)
        {
            mask |= RuleSetBit(ruleSet);
        }

        return mask;
    }

    private static long RuleSetBit(string ruleSet)
    {
        for (var index = 0; index < RuleSets.All.Count; index++)
        {
            if (string.Equals(RuleSets.All[index], ruleSet, StringComparison.Ordinal))
            {
                return 1L << (RuleSetBitsStart + index);
            }
        }

        return 0L;
    }

    private static long KindsOf(IEnumerable<ICaseFact> facts)
    {
        var kinds = 0L;
        foreach (var fact in facts)
        {
            kinds |= FactKinds.FamilyMaskOf(fact);
        }

        return kinds;
    }

    // Every fact kind's bit: the rules over outcomes are compiled whatever the case's kinds (their outcomes may come from any).
    private static readonly long AllKinds = (1L << FactKinds.InCanonicalOrder.Count) - 1;

    private static bool Fits(RuleNeeds rule, long present) =>
        (rule.KindsNeeded & ~present) == 0 && (rule.RuleSetsNamed == 0 || (rule.RuleSetsNamed & present) != 0);

    private static ISessionFactory Compile(long present, bool readsOutcomes) =>
        new RuleCompiler().Compile(Definitions.Value.Where(r => r.ReadsOutcomes == readsOutcomes && Fits(r, present)).Select(r => r.Definition));

    /// <summary>Builds every rule's definition anew, running each rule's <c>Define</c>; the engine does it once per process.</summary>
    internal static IReadOnlyList<IRuleDefinition> LoadDefinitions()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.Type(RuleCatalog.RuleTypes.ToArray()).PrivateTypes(true)));
        return repository.GetRuleSets().SelectMany(set => set.Rules).ToArray();
    }

    private static IReadOnlyList<RuleNeeds> Load() =>
        LoadDefinitions().Select(rule => new RuleNeeds(rule, KindsNeeded(rule), RuleSetsNamed(rule), ReadsOutcomes(rule))).ToArray();

    /// <summary>Whether a rule matches any outcome (an entitlement, a determination...), anywhere, including inside a negation or a query.</summary>
    private static bool ReadsOutcomes(IRuleDefinition rule)
    {
        var outcomes = new OutcomePatterns();
        outcomes.Visit(Context.Empty, rule.LeftHandSide);
        return outcomes.Found;
    }

    private sealed class OutcomePatterns : RuleElementVisitor<Context>
    {
        internal bool Found { get; private set; }

        protected override PatternElement VisitPattern(Context context, PatternElement element)
        {
            Found |= typeof(Outcomes.IOutcome).IsAssignableFrom(element.ValueType);
            return base.VisitPattern(context, element);
        }
    }

    /// <summary>
    /// The rule sets a rule's policy-pack patterns name (anywhere, including inside an <c>Exists</c>): a rule that matches only
    /// 第四十五条's packs cannot fire for an engine that applies only 149号, so it is left out of that engine's sessions.
    /// </summary>
    private static long RuleSetsNamed(IRuleDefinition rule)
    {
        var named = new RuleSetNames();
        named.Visit(Context.Empty, rule.LeftHandSide);
        return named.Mask;
    }

    private sealed class RuleSetNames : RuleElementVisitor<Context>
    {
        private readonly ConstantsNamingRuleSets _constants = new();

        internal long Mask => _constants.Mask;

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
        internal long Mask { get; private set; }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is string text)
            {
                Mask |= RuleSetBit(text);
            }

            return node;
        }
    }

    /// <summary>The input fact kinds a rule matches directly or through a view (not through a query, not inside a negation).</summary>
    private static long KindsNeeded(IRuleDefinition rule)
    {
        var kinds = 0L;
        foreach (var pattern in rule.LeftHandSide.ChildElements.OfType<PatternElement>().Where(p => p.Source is null))
        {
            var behind = FactViews.KindsBehind.TryGetValue(pattern.ValueType, out var viewed) ? viewed : [pattern.ValueType];
            foreach (var type in behind)
            {
                var rank = FactKinds.RankOf(type);
                if (rank >= 0)
                {
                    kinds |= 1L << rank;
                }
            }
        }

        return kinds;
    }

    private sealed record RuleNeeds(IRuleDefinition Definition, long KindsNeeded, long RuleSetsNamed, bool ReadsOutcomes);
}
