namespace Baotou.Incentives.Outcomes;

/// <summary>One condition a determination checked, and whether it held.</summary>
/// <param name="Name">A stable name, e.g. <c>basis-at-least-threshold</c>.</param>
/// <param name="Met">Whether the condition holds.</param>
/// <param name="Reason">What the condition requires, with the values compared, as a reason code (e.g.
/// <see cref="Reasons.MajorProjectThreshold"/> with the basis and the threshold). It states the requirement, so that met or
/// not met reads the same way for every condition.</param>
public sealed record Condition(string Name, bool Met, IReason Reason);
