namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The equity formed by investing the achievement (技术入股形成的股权), valued at its conversion amount.</summary>
/// <param name="ContractId">The investment contract.</param>
/// <param name="EquityShareFormed">The share of the investee's equity the investment formed, as a fraction.</param>
[ReasonCode("basis.equity-formed")]
public sealed record EquityFormedUnder(string ContractId, [ShownAs(ArgumentKind.Rate)] decimal EquityShareFormed) : IReason, IComputedOnContract;
