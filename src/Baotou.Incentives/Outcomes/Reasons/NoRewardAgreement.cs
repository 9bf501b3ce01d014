namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>No contract fixes the rewards (没有合同约定).</summary>
[ReasonCode("condition.no-reward-agreement")]
public sealed record NoRewardAgreement() : IReason;
