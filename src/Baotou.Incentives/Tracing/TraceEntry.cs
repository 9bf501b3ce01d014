using Baotou.Incentives.Policy;

namespace Baotou.Incentives.Tracing;

/// <summary>One rule firing: which rule, which clause, on which facts, with which parameter values, producing what.</summary>
/// <param name="Sequence">The firing's position in the evaluation, from 1.</param>
/// <param name="RuleId">The rule's stable id, e.g. <c>149-8-transfer-licence-net-income</c>.</param>
/// <param name="Clause">The clause the rule applies, e.g. <c>149号·（八）</c>.</param>
/// <param name="Measure">The measure's title in the original, e.g. <c>放活职务科技成果转化收益</c>.</param>
/// <param name="MatchedFacts">The facts the rule matched, in the rule's declaration order.</param>
/// <param name="Parameters">The parameter values the rule read.</param>
/// <param name="Produced">The ids of what the firing produced (outcomes and derived facts), in order.</param>
/// <param name="Superseded">The ids of the entitlements the firing set aside (resolution rules only).</param>
public sealed record TraceEntry(
    int Sequence,
    string RuleId,
    string Clause,
    string Measure,
    IReadOnlyList<FactReference> MatchedFacts,
    IReadOnlyList<ParameterReading> Parameters,
    IReadOnlyList<string> Produced,
    IReadOnlyList<string> Superseded);
