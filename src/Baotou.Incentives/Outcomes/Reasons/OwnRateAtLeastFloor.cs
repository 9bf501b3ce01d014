namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The share the unit's own rule gives must be at least the statutory floor; the amounts
/// say what the floor takes and how much the rule falls short (0 when it meets the floor).
/// </summary>
/// <param name="Basis">The income shared.</param>
/// <param name="BasisAmount">That income, in yuan.</param>
/// <param name="OwnRate">The rule's share (0 when it sets none).</param>
/// <param name="FloorRate">The statutory floor.</param>
/// <param name="FloorAmount">Income × floor, in yuan: what the floor takes.</param>
/// <param name="OwnAmount">Income × the rule's share, in yuan.</param>
/// <param name="Shortfall">What the floor takes beyond the rule's amount, in yuan; 0 when the rule meets it.</param>
[ReasonCode("condition.own-rate-at-least-floor")]
public sealed record OwnRateAtLeastFloor(
    StatutoryBasis Basis, decimal BasisAmount, [ShownAs(ArgumentKind.Rate)] decimal OwnRate, [ShownAs(ArgumentKind.Rate)] decimal FloorRate, decimal FloorAmount, decimal OwnAmount, decimal Shortfall) : IReason;
