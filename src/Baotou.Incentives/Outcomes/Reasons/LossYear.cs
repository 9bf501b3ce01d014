namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The fiscal year made a loss, so nothing is shared (a loss is not a negative reward).</summary>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="Loss">The loss in yuan, a positive amount.</param>
[ReasonCode("ground.loss-year")]
public sealed record LossYear(int FiscalYear, decimal Loss) : IReason;
