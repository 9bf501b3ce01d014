namespace Baotou.Incentives.Rules;

/// <summary>What the trace says about a rule (its id, clause and the measure's title), and the rule set it belongs to.</summary>
internal sealed record RuleInfo(string RuleId, string Clause, string Measure, RuleSetAttribute RuleSet, Type RuleType);
