namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// A commissioned project's performance funds (项目绩效经费) are managed as
/// performance salary and are outside the approved total (纳入绩效工资管理，不受核定的绩效总量限制). Said of the project's
/// performance funds only, not of a surplus paid out as performance pay.
/// </summary>
[ReasonCode("condition.outside-performance-pay-total")]
public sealed record OutsidePerformancePayTotal() : IReason;
