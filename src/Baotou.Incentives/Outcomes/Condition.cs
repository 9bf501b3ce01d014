namespace Baotou.Incentives.Outcomes;

/// <summary>One condition a determination checked, and whether it held.</summary>
/// <param name="Name">A stable name, e.g. <c>basis-at-least-threshold</c>.</param>
/// <param name="Met">Whether the condition holds.</param>
/// <param name="Detail">The values compared, e.g. <c>1,999,999.99 &lt; 2,000,000.00</c>.</param>
public sealed record Condition(string Name, bool Met, string Detail);
