namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>After the unit's share is transferred (让渡) the team holds all ownership and transforms it itself (获得全部所有权后，自主转化).</summary>
/// <param name="TeamShare">The team's share.</param>
[ReasonCode("condition.team-holds-all")]
public sealed record TeamHoldsAll([ShownAs(ArgumentKind.Rate)] decimal TeamShare) : IReason;
