namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The facts given for a unit include an event some measure names (a transformation, an
/// empowerment, a commissioned surplus, a platform, a commissioner). When none does, the decision says so rather than nothing.
/// </summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitName">Its name.</param>
[ReasonCode("condition.measure-reaches-facts")]
public sealed record MeasureReachesFacts(string UnitId, string UnitName) : IReason;
