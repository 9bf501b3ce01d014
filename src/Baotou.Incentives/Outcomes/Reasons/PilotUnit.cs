using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The unit is of a kind the pilots name (高校、科研院所).</summary>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Kind">Its kind.</param>
[ReasonCode("condition.pilot-unit")]
public sealed record PilotUnit(string UnitName, UnitKind Kind) : IReason;
