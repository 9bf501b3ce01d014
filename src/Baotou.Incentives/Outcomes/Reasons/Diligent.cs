namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The person reviewed fulfilled the duty of diligence (履行勤勉尽职义务).</summary>
/// <param name="Reviewed">Who was reviewed.</param>
[ReasonCode("condition.diligent")]
public sealed record Diligent(string Reviewed) : IReason;
