using System.Reflection;

namespace Baotou.Incentives.Policy;

/// <summary>
/// The rule sets the library ships. A pack names the rule set it drives: the rules of that set read the pack's parameters
/// and cite its clauses. A pack of your own reuses a shipped rule set with its own id, dates and values (see the README).
/// </summary>
public static class RuleSets
{
    /// <summary>The rules of 包府办发〔2023〕149号 (every measure and the closing clause), reading <see cref="Policy.Baotou149"/>'s parameters.</summary>
    public const string Baotou149 = "baotou-2023-149";

    /// <summary>The rules of 《中华人民共和国促进科技成果转化法》(2015) 第四十五条, the national baseline.</summary>
    public const string NationalLaw2015 = "cn-law-2015-art45";

    /// <summary>Every rule set the library ships.</summary>
    public static IReadOnlyList<string> All { get; } = [Baotou149, NationalLaw2015];

    private static readonly Lazy<PolicyParameter[]> ReadBy149 = new(() => ParametersDeclaredOn(typeof(Policy.Baotou149)));

    private static readonly Lazy<PolicyParameter[]> ReadByNationalLaw = new(() => ParametersDeclaredOn(typeof(NationalLaw2015Article45)));

    /// <summary>The parameters the rules of a set read: a pack that drives the set must give each a value.</summary>
    internal static IReadOnlyList<PolicyParameter> ParametersReadBy(string ruleSet) => ruleSet switch
    {
        Baotou149 => ReadBy149.Value,
        NationalLaw2015 => ReadByNationalLaw.Value,
        _ => [],
    };

    private static PolicyParameter[] ParametersDeclaredOn(Type document) => document
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(PolicyParameter))
        .Select(f => (PolicyParameter)f.GetValue(null)!)
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .ToArray();
}
