namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.outside-performance-pay-total</c>: performance pay from commissioned projects is outside the approved total (不受核定的绩效总量限制).</summary>
public sealed record OutsidePerformancePayTotal() : IReason;
