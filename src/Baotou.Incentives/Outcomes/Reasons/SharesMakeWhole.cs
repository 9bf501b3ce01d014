namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.shares-make-whole</c>: the unit's and the team's ownership shares add up to 100%.</summary>
/// <param name="UnitShare">The unit's share.</param>
/// <param name="TeamShare">The team's share.</param>
/// <param name="Total">Their sum.</param>
public sealed record SharesMakeWhole(decimal UnitShare, decimal TeamShare, decimal Total) : IReason;
