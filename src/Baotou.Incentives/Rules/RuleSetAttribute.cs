using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Rules;

/// <summary>
/// The rule set a rule belongs to: one of <see cref="RuleSets"/>, whose packs' parameters its patterns read, or
/// <see cref="Every"/> for a rule that reads no pack's parameters and so serves whichever rule sets an engine applies. An
/// engine compiles a rule only when it applies a pack of the rule's set. Every rule carries one; a test holds that it agrees
/// with the packs the rule's patterns name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class RuleSetAttribute(string ruleSet) : Attribute
{
    /// <summary>The declaration of a rule that reads no pack's parameters: it serves every rule set.</summary>
    internal const string Every = "every rule set";

    /// <summary>The rule set's name (<see cref="RuleSets"/>), or <see cref="Every"/>.</summary>
    public string RuleSet { get; } = ruleSet;

    /// <summary>Whether a rule so declared is compiled for an engine that applies these rule sets.</summary>
    internal bool Serves(IReadOnlySet<string> ruleSets) => RuleSet == Every || ruleSets.Contains(RuleSet);
}
