namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>As co-owners (共同所有权人) the unit and the team each hold a share.</summary>
/// <param name="UnitShare">The unit's share.</param>
/// <param name="TeamShare">The team's share.</param>
[ReasonCode("condition.co-owners-each-hold-share")]
public sealed record CoOwnersEachHoldShare([ShownAs(ArgumentKind.Rate)] decimal UnitShare, [ShownAs(ArgumentKind.Rate)] decimal TeamShare) : IReason;
