using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Impact;

/// <summary>The changes of one clause and beneficiary over every record assessed (<see cref="ImpactTotals"/>).</summary>
/// <param name="Clause">The clause.</param>
/// <param name="Beneficiary">Who the entitlements are for.</param>
/// <param name="Changes">How many entitlements moved.</param>
/// <param name="Before">The sum of their minimum amounts before, in yuan (an added entitlement counts 0).</param>
/// <param name="After">The sum of their minimum amounts now, in yuan (a removed entitlement counts 0).</param>
public sealed record ImpactTotal(string Clause, Beneficiary Beneficiary, int Changes, decimal Before, decimal After);
