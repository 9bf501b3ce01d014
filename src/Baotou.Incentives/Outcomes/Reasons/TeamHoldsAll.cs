namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.team-holds-all</c>: after the unit's share is transferred (让渡) the team holds all ownership and transforms it itself (获得全部所有权后，自主转化).</summary>
/// <param name="TeamShare">The team's share.</param>
public sealed record TeamHoldsAll(decimal TeamShare) : IReason;
