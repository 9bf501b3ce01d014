using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.incentive-follows-role</c>: the incentives follow the duties the commissioner bore (按照其承担的职责任务); this measure sets no amount of its own.</summary>
/// <param name="Role">The role.</param>
public sealed record IncentiveFollowsRole(CommissionerRole Role) : IReason;
