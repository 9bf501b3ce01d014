namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.co-owners-each-hold-share</c>: as co-owners (共同所有权人) the unit and the team each hold a share.</summary>
/// <param name="UnitShare">The unit's share.</param>
/// <param name="TeamShare">The team's share.</param>
public sealed record CoOwnersEachHoldShare(decimal UnitShare, decimal TeamShare) : IReason;
