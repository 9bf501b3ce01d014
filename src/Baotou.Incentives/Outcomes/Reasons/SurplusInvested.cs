namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The surplus of a commissioned (横向) research project invested in transforming an achievement (结余经费出资科技成果转化).</summary>
/// <param name="SurplusId">The surplus.</param>
/// <param name="ProjectName">The commissioned project.</param>
[ReasonCode("basis.surplus-invested")]
public sealed record SurplusInvested(string SurplusId, string ProjectName) : IReason;
