using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.WhatIf;

/// <summary>
/// What it would take to meet one failed condition of a determination: the smallest change of the facts, whether evaluating
/// the changed case confirmed it, and what the change would bring.
/// </summary>
/// <param name="DeterminationId">The determination whose condition failed, e.g. <c>149-7-below-threshold/C1</c>.</param>
/// <param name="RuleId">The rule that made it.</param>
/// <param name="Clause">The clause it applies.</param>
/// <param name="Condition">The failed condition's name, e.g. <c>basis-at-least-threshold</c>.</param>
/// <param name="Reason">The failed condition's reason, with the values compared.</param>
/// <param name="Finding">Confirmed, not confirmed, or no change of the facts can meet it.</param>
/// <param name="Change">The smallest change; <see langword="null"/> when no change of the facts can meet the condition.</param>
/// <param name="StatusAfter">The determination's status in the changed case's decision; <see langword="null"/> when the changed case no longer makes it (the rule that finds the failure no longer fires) or nothing was confirmed.</param>
/// <param name="Brings">The entitlements that govern in the changed case's decision and did not govern, with those amounts, before: each with its verb (<see cref="Entitlement.Modality"/>) and amount; empty when nothing was confirmed.</param>
/// <param name="Changes">Every outcome that moved between the decision and the changed case's decision; empty when nothing was confirmed.</param>
public sealed record RequiredChange(
    string DeterminationId,
    string RuleId,
    string Clause,
    string Condition,
    IReason Reason,
    RequiredChangeFinding Finding,
    FactChange? Change,
    DeterminationStatus? StatusAfter,
    IReadOnlyList<Entitlement> Brings,
    IReadOnlyList<OutcomeChange> Changes);
