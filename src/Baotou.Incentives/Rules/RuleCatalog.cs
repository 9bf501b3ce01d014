using System.Reflection;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules;

/// <summary>Every rule of the library with its clause, read once from the rule classes' attributes.</summary>
internal static class RuleCatalog
{
    internal static IReadOnlyList<Type> RuleTypes { get; } = typeof(RuleCatalog).Assembly.GetTypes()
        .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    internal static IReadOnlyDictionary<string, RuleInfo> ById { get; } = RuleTypes
        .Select(Describe)
        .ToDictionary(r => r.RuleId, StringComparer.Ordinal);

    /// <summary>Reads a rule class's id, clause and rule set, refusing a rule that lacks one or cites a clause the library does not know.</summary>
    internal static RuleInfo Describe(Type ruleType)
    {
        var name = ruleType.GetCustomAttributesData()
                .FirstOrDefault(a => a.AttributeType == typeof(NameAttribute))?.ConstructorArguments[0].Value as string
            ?? throw new InvalidOperationException($"Rule {ruleType.Name} has no [Name]: every rule needs a stable id.");
        var clause = ruleType.GetCustomAttribute<PolicyClauseAttribute>()?.Clause
            ?? throw new InvalidOperationException($"Rule {ruleType.Name} has no [PolicyClause]: every rule cites its clause.");
        var measure = Clauses.MeasureTitles.TryGetValue(clause, out var title)
            ? title
            : throw new InvalidOperationException($"Rule {ruleType.Name} cites '{clause}', which is not a clause the library knows (Clauses.MeasureTitles).");
        var ruleSet = ruleType.GetCustomAttribute<RuleSetAttribute>()
            ?? throw new InvalidOperationException($"Rule {ruleType.Name} has no [RuleSet]: every rule declares the rule set it belongs to.");
        return new RuleInfo(name, clause, measure, ruleSet, ruleType);
    }
}
