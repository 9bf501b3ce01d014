namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The income of a contract stays with the unit, not turned over (全部留归本单位，不上缴).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Share">The share retained, as a fraction.</param>
[ReasonCode("condition.income-retained")]
public sealed record IncomeRetained(string ContractId, string UnitName, [ShownAs(ArgumentKind.Rate)] decimal Share) : IReason;
