namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.own-rates-given</c>: the rates of the unit's own rule are given (<see cref="Facts.OwnRewardRates"/>), so that the second paragraph can be checked.</summary>
/// <param name="UnitId">The unit.</param>
public sealed record OwnRatesGiven(string UnitId) : IReason;
