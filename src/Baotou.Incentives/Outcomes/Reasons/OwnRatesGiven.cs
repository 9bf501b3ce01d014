namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The rates of the unit's own rule are given (<see cref="Facts.OwnRewardRates"/>), so that the second paragraph can be checked.</summary>
/// <param name="UnitId">The unit.</param>
[ReasonCode("condition.own-rates-given")]
public sealed record OwnRatesGiven(string UnitId) : IReason;
