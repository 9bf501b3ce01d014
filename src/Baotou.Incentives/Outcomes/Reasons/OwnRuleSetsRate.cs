namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The unit's own rule or agreement sets a share of this income (<see cref="Facts.OwnRewardRates"/>).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Basis">The income the share is of.</param>
[ReasonCode("condition.own-rule-sets-rate")]
public sealed record OwnRuleSetsRate(string UnitId, StatutoryBasis Basis) : IReason;
