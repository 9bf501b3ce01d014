using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.WhatIf;
using NodaTime;

namespace Baotou.Incentives.Engine;

// What it would take: the smallest change of the facts for each failed condition an amount or a date decides. (The type's one <summary> is in IncentiveEngine.cs; a partial declaration documents its members only.)
public sealed partial class IncentiveEngine
{
    /// <summary>
    /// Decides a case and, for each failed condition that an amount or a date decides (（七）'s threshold, （二）'s term, （十）'s
    /// publication before signing, a contract signed before its pack takes effect, （十二）'s approval before the act), finds the
    /// smallest change of the facts that would meet it, to the fen or the day, reading thresholds, terms and effective dates
    /// from the packs. Each change is confirmed by evaluating the changed case (the condition is met) and the case changed one
    /// fen or one day less (it is not), and the answer shows what the change brings. A condition decided by the unit's kind or
    /// establishment, or by a fiscal year the evaluation date has not reached, is answered as one no change of facts can meet.
    /// </summary>
    /// <param name="incentiveCase">The case.</param>
    /// <param name="evaluationDate">The date to evaluate on; money counts when received on or before it.</param>
    /// <returns>The decision and one answer per such failed condition.</returns>
    /// <exception cref="Validation.IncentiveValidationException">The case is invalid.</exception>
    public WhatItWouldTake WhatWouldItTake(IncentiveCase incentiveCase, LocalDate evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(incentiveCase);
        var decision = Evaluate(incentiveCase, evaluationDate);
        var answers = new List<RequiredChange>();
        foreach (var determination in decision.Determinations)
        {
            foreach (var condition in determination.Conditions.Where(c => !c.Met))
            {
                if (SmallestChange.NoChangeCanMeet(condition))
                {
                    answers.Add(Answer(determination, condition, RequiredChangeFinding.NoChangeOfFacts, null, null, [], []));
                }
                else if (SmallestChange.For(determination, condition, incentiveCase, evaluationDate, Packs) is { } candidate)
                {
                    answers.Add(Confirm(decision, determination, condition, candidate, evaluationDate));
                }
            }
        }

        return new WhatItWouldTake(incentiveCase.Id, decision, answers);
    }

    private RequiredChange Confirm(IncentiveDecision decision, Determination determination, Condition condition, SmallestChange.Candidate candidate, LocalDate evaluationDate)
    {
        var changed = TryEvaluate(candidate.Changed, evaluationDate);
        var smaller = TryEvaluate(candidate.Smaller, evaluationDate);
        if (changed is null || !Meets(changed, determination.Id, condition.Name) || (smaller is not null && Meets(smaller, determination.Id, condition.Name)))
        {
            return Answer(determination, condition, RequiredChangeFinding.NotConfirmed, candidate.Change, null, [], []);
        }

        var before = decision.Entitlements.Select(Governing).ToHashSet();
        var brings = changed.Entitlements.Where(e => !before.Contains(Governing(e))).ToArray();
        var status = changed.Determinations.FirstOrDefault(d => d.Id == determination.Id)?.Status;
        return Answer(determination, condition, RequiredChangeFinding.Confirmed, candidate.Change, status, brings, DecisionDifference.Between(decision, changed));
    }

    /// <summary>What makes an entitlement the same one for "brings": its id, verb, rate and amount.</summary>
    private static (string, Modality, decimal, decimal) Governing(Entitlement e) => (e.Id, e.Modality, e.Rate, e.MinimumAmount);

    private IncentiveDecision? TryEvaluate(IncentiveCase incentiveCase, LocalDate evaluationDate)
    {
        try
        {
            return Evaluate(incentiveCase, evaluationDate);
        }
        catch (Validation.IncentiveValidationException)
        {
            // The changed case is refused (a payment before the new signing date, …): nothing is claimed for it.
            return null;
        }
    }

    /// <summary>Whether a decision meets the condition: the determination holds it as met, or is no longer made (the rule that finds the failure does not fire).</summary>
    private static bool Meets(IncentiveDecision decision, string determinationId, string condition) =>
        decision.Determinations.FirstOrDefault(d => d.Id == determinationId) is not { } found
        || found.Conditions.Where(c => c.Name == condition).All(c => c.Met);

    private static RequiredChange Answer(
        Determination determination, Condition condition, RequiredChangeFinding finding, FactChange? change, DeterminationStatus? status,
        IReadOnlyList<Entitlement> brings, IReadOnlyList<OutcomeChange> changes) =>
        new(determination.Id, determination.RuleId, determination.Clause, condition.Name, condition.Reason, finding, change, status, brings, changes);
}
