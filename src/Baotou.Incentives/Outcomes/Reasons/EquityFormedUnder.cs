namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>basis.equity-formed</c>: the equity formed by investing the achievement (技术入股形成的股权), valued at its conversion amount.</summary>
/// <param name="ContractId">The investment contract.</param>
/// <param name="EquityShareFormed">The share of the investee's equity the investment formed, as a fraction.</param>
public sealed record EquityFormedUnder(string ContractId, decimal EquityShareFormed) : IReason, IComputedOnContract;
