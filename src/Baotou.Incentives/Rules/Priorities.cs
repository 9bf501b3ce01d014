namespace Baotou.Incentives.Rules;

/// <summary>
/// Firing priorities. NRules fires by priority, then by activation order; measure rules keep the default, and resolution
/// waits until every grant is in.
/// </summary>
internal static class Priorities
{
    internal const int Resolution = -100;

    /// <summary>从其规定 first, then 从高从新不重复 among municipal measures, then the floors of the law: the order an auditor reads them in.</summary>
    internal const int ChangedProvision = Resolution;

    internal const int HigherNewer = Resolution - 1;

    internal const int BothFloors = Resolution - 2;
}
