namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.no-reward-agreement</c>: no contract fixes the rewards (没有合同约定).</summary>
public sealed record NoRewardAgreement() : IReason;
