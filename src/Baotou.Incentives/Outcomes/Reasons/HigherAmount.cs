namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>从高: the governing grant is the larger amount.</summary>
/// <param name="GoverningAmount">The governing amount.</param>
/// <param name="GoverningRate">Its rate.</param>
/// <param name="GoverningRuleId">Its rule.</param>
/// <param name="SupersededAmount">The amount set aside.</param>
/// <param name="SupersededRate">Its rate.</param>
/// <param name="SupersededRuleId">Its rule.</param>
[ReasonCode("supersession.higher-amount")]
public sealed record HigherAmount(decimal GoverningAmount, [ShownAs(ArgumentKind.Rate)] decimal GoverningRate, [ShownAs(ArgumentKind.RuleClause)] string GoverningRuleId, decimal SupersededAmount, [ShownAs(ArgumentKind.Rate)] decimal SupersededRate, [ShownAs(ArgumentKind.RuleClause)] string SupersededRuleId) : IReason;
