namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The funds of a commissioned (横向) research project are managed as
/// transformation income (横向科研项目经费，按成果转化收入进行管理, 149号·（九）).
/// </summary>
/// <param name="ProjectName">The commissioned project.</param>
[ReasonCode("condition.managed-as-transformation-income")]
public sealed record ManagedAsTransformationIncome(string ProjectName) : IReason;
