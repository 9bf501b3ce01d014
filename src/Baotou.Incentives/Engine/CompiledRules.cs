using System.Collections.Concurrent;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Rules;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace Baotou.Incentives.Engine;

/// <summary>
/// The rule set, loaded once per process, and compiled into one session factory per combination of fact families a case has
/// and rule sets its engine applies.
/// </summary>
/// <remarks>
/// NRules matches every fact against every rule in the session, so a session is cheaper the fewer rules it holds. A rule
/// whose conditions match an input fact kind the case does not have can never fire (no rule inserts input facts), so it is
/// left out of that case's factory; so is a rule of a rule set (<see cref="RuleSetAttribute"/>) no pack of the engine drives.
/// Kinds are grouped in families (<see cref="FactFamilies"/>) so that a process compiles a handful of factories rather than
/// one per combination of input kinds: compiling costs far more than a rule that cannot fire. Which kinds a rule needs is read
/// from its compiled definition, not declared by hand, so a new rule is placed correctly without anyone remembering to.
/// Factories are compiled lazily and kept: a process sees few combinations, and each factory is safe to share across threads.
/// The rules over other rules' outcomes are compiled apart, one factory per set of rule sets, for the evaluation's last step
/// (<see cref="OutcomePhase"/>).
/// </remarks>
internal static class CompiledRules
{
    private static readonly Lazy<IReadOnlyList<RuleNeeds>> Definitions = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<FactoryKey, Lazy<ISessionFactory>> Factories = new();

    /// <summary>Every rule's definition, loaded once (the rule-set fingerprint is read from them).</summary>
    internal static IEnumerable<IRuleDefinition> All => Definitions.Value.Select(r => r.Definition);

    /// <summary>Loads every rule definition, so that a broken rule fails when the engine is built rather than on first use.</summary>
    internal static int RuleCount => Definitions.Value.Count;

    /// <summary>
    /// The names of rule sets as a factory's key holds them: distinct, in ordinal order, one space between (no name has one), so
    /// that engines applying the same rule sets share their factories.
    /// </summary>
    internal static string RuleSetsKey(IEnumerable<string> ruleSets) => string.Join(' ', ruleSets.Distinct().Order(StringComparer.Ordinal));

    /// <summary>
    /// The session factory holding exactly the rules over a case's facts (not over outcomes) that can fire for a case with these
    /// facts under these rule sets (<see cref="RuleSetsKey"/>).
    /// </summary>
    internal static ISessionFactory For(IEnumerable<ICaseFact> facts, string ruleSets) =>
        FactoryFor(new FactoryKey(FamiliesOf(facts), ruleSets, ReadsOutcomes: false));

    /// <summary>
    /// The session factory holding the rules over other rules' outcomes under these rule sets (<see cref="OutcomePhase"/>): they
    /// fire after every rule over the case's facts, so they run in a session of their own, and only when one of them can fire.
    /// Their outcomes may come from any family, so they are compiled for every family.
    /// </summary>
    internal static ISessionFactory OverOutcomes(string ruleSets) =>
        FactoryFor(new FactoryKey(FactFamilies.All, ruleSets, ReadsOutcomes: true));

    /// <summary>The rules over other rules' outcomes; every other rule's priority is above all of theirs (a test holds it).</summary>
    internal static IEnumerable<IRuleDefinition> ReadingOutcomes => Definitions.Value.Where(r => r.ReadsOutcomes).Select(r => r.Definition);

    /// <summary>The ids of the rules a case with these facts is evaluated with (under every rule set unless told).</summary>
    internal static IReadOnlyList<string> RuleIdsFor(IEnumerable<ICaseFact> facts, IEnumerable<string>? ruleSets = null)
    {
        var families = FamiliesOf(facts);
        var applied = (ruleSets ?? Policy.RuleSets.All).ToHashSet(StringComparer.Ordinal);
        return Definitions.Value
            .Where(r => Fits(r, families, applied))
            .Select(r => r.Definition.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static ISessionFactory FactoryFor(FactoryKey key) =>
        Factories.GetOrAdd(key, k => new Lazy<ISessionFactory>(() => Compile(k))).Value;

    private static FactFamilies FamiliesOf(IEnumerable<ICaseFact> facts)
    {
        var families = FactFamilies.None;
        foreach (var fact in facts)
        {
            families |= FactKinds.FamilyOf(fact);
        }

        return families;
    }

    private static bool Fits(RuleNeeds rule, FactFamilies present, IReadOnlySet<string> ruleSets) =>
        (rule.FamiliesNeeded & ~present) == 0 && rule.RuleSet.Serves(ruleSets);

    private static ISessionFactory Compile(FactoryKey key)
    {
        var ruleSets = key.RuleSets.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return new RuleCompiler().Compile(Definitions.Value
            .Where(r => r.ReadsOutcomes == key.ReadsOutcomes && Fits(r, key.Families, ruleSets))
            .Select(r => r.Definition));
    }

    /// <summary>Builds every rule's definition anew, running each rule's <c>Define</c>; the engine does it once per process.</summary>
    internal static IReadOnlyList<IRuleDefinition> LoadDefinitions()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.Type(RuleCatalog.RuleTypes.ToArray()).PrivateTypes(true)));
        return repository.GetRuleSets().SelectMany(set => set.Rules).ToArray();
    }

    private static IReadOnlyList<RuleNeeds> Load() =>
        LoadDefinitions().Select(rule => new RuleNeeds(rule, FamiliesNeeded(rule), RuleCatalog.ById[rule.Name].RuleSet, ReadsOutcomes(rule))).ToArray();

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

    /// <summary>The families of the input fact kinds a rule matches directly or through a view (not through a query, not inside a negation).</summary>
    private static FactFamilies FamiliesNeeded(IRuleDefinition rule)
    {
        var families = FactFamilies.None;
        foreach (var pattern in rule.LeftHandSide.ChildElements.OfType<PatternElement>().Where(p => p.Source is null))
        {
            var behind = FactViews.KindsBehind.TryGetValue(pattern.ValueType, out var viewed) ? viewed : [pattern.ValueType];
            foreach (var type in behind)
            {
                families |= FactKinds.FamilyOf(type);
            }
        }

        return families;
    }

    /// <summary>What a factory is compiled for: the families a case has, the rule sets applied (<see cref="RuleSetsKey"/>), and which of the two steps.</summary>
    private readonly record struct FactoryKey(FactFamilies Families, string RuleSets, bool ReadsOutcomes);

    private sealed record RuleNeeds(IRuleDefinition Definition, FactFamilies FamiliesNeeded, RuleSetAttribute RuleSet, bool ReadsOutcomes);
}
