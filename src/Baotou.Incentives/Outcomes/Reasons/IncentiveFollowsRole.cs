using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The incentives follow the duties the commissioner bore (按照其承担的职责任务); this measure sets no amount of its own.</summary>
/// <param name="Role">The role.</param>
[ReasonCode("condition.incentive-follows-role")]
public sealed record IncentiveFollowsRole(CommissionerRole Role) : IReason;
