namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// 第四十五条's first paragraph applies where the unit 未规定、也未与科技人员约定奖励和报酬的方式和数额
/// (has neither a rule nor an agreement with its researchers on the form and amount of rewards).
/// </summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitName">Its name.</param>
[ReasonCode("condition.no-own-rule-or-agreement")]
public sealed record NoOwnRuleOrAgreement(string UnitId, string UnitName) : IReason;
