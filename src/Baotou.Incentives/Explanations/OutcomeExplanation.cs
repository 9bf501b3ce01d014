namespace Baotou.Incentives.Explanations;

/// <summary>A short explanation of one outcome, generated from the decision and its trace.</summary>
/// <param name="OutcomeId">The outcome's id.</param>
/// <param name="Clause">The clause it applies, e.g. <c>149号·（八）</c>.</param>
/// <param name="Text">The explanation: the clause, the facts, the parameter, the arithmetic and what it superseded.</param>
public sealed record OutcomeExplanation(string OutcomeId, string Clause, string Text);
