namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>supersession.higher-amount</c>: 从高: the governing grant is the larger amount.</summary>
/// <param name="GoverningAmount">The governing amount.</param>
/// <param name="GoverningRate">Its rate.</param>
/// <param name="GoverningRuleId">Its rule.</param>
/// <param name="SupersededAmount">The amount set aside.</param>
/// <param name="SupersededRate">Its rate.</param>
/// <param name="SupersededRuleId">Its rule.</param>
public sealed record HigherAmount(decimal GoverningAmount, decimal GoverningRate, string GoverningRuleId, decimal SupersededAmount, decimal SupersededRate, string SupersededRuleId) : IReason;
