namespace Baotou.Incentives.Rules;

/// <summary>
/// Firing priorities. NRules fires by priority, then by activation order; measure rules keep the default, and resolution
/// waits until every grant is in.
/// </summary>
internal static class Priorities
{
    internal const int Resolution = -100;
}
