namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The unit's and the team's ownership shares add up to 100%.</summary>
/// <param name="UnitShare">The unit's share.</param>
/// <param name="TeamShare">The team's share.</param>
/// <param name="Total">Their sum.</param>
[ReasonCode("condition.shares-make-whole")]
public sealed record SharesMakeWhole([ShownAs(ArgumentKind.Rate)] decimal UnitShare, [ShownAs(ArgumentKind.Rate)] decimal TeamShare, [ShownAs(ArgumentKind.Rate)] decimal Total) : IReason;
