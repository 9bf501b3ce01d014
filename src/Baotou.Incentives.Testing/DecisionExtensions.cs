using Baotou.Incentives.Engine;

namespace Baotou.Incentives.Testing;

/// <summary>The entry point for assertions over a decision: <c>decision.Should()</c>.</summary>
public static class DecisionExtensions
{
    /// <summary>Starts assertions over a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>Assertions whose failure messages cite the clause concerned.</returns>
    public static DecisionAssertions Should(this IncentiveDecision decision) => new(decision);
}
