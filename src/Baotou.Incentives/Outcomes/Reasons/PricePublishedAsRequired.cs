namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.price-published-as-required</c>: the proposed price was published as （十） requires, before the contract was signed (按规定公示拟交易价格).</summary>
/// <param name="ContractId">The contract.</param>
public sealed record PricePublishedAsRequired(string ContractId) : IReason;
