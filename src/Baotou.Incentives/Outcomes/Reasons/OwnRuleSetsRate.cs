namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.own-rule-sets-rate</c>: the unit's own rule or agreement sets a share of this income (<see cref="Facts.OwnRewardRates"/>).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Basis">The income the share is of.</param>
public sealed record OwnRuleSetsRate(string UnitId, StatutoryBasis Basis) : IReason;
