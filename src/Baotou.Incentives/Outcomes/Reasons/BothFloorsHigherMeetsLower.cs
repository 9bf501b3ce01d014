namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// 149号 and 《促进科技成果转化法》第四十五条 both set floors (不低于), so meeting the higher meets the
/// lower: the higher governs and the lower is set aside, never added. Not 从高从新不重复, which speaks of 我市其他政策措施.
/// </summary>
/// <param name="GoverningAmount">The higher minimum, in yuan.</param>
/// <param name="GoverningRate">Its rate.</param>
/// <param name="GoverningRuleId">The rule that granted it.</param>
/// <param name="SupersededAmount">The lower minimum, in yuan.</param>
/// <param name="SupersededRate">Its rate.</param>
/// <param name="SupersededRuleId">The rule that granted it.</param>
[ReasonCode("supersession.both-floors")]
public sealed record BothFloorsHigherMeetsLower(
    decimal GoverningAmount, [ShownAs(ArgumentKind.Rate)] decimal GoverningRate, [ShownAs(ArgumentKind.RuleClause)] string GoverningRuleId, decimal SupersededAmount, [ShownAs(ArgumentKind.Rate)] decimal SupersededRate, [ShownAs(ArgumentKind.RuleClause)] string SupersededRuleId) : IReason;
