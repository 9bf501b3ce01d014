using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The unit is of a kind the sentence names (e.g. （七）高校、科研院所).</summary>
/// <param name="UnitName">The unit.</param>
/// <param name="UnitKind">Its kind.</param>
/// <param name="Named">The units the sentence names.</param>
[ReasonCode("condition.unit-kind-in-scope")]
public sealed record UnitKindInScope(string UnitName, UnitKind UnitKind, UnitsNamed Named) : IReason;
