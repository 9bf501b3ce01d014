namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The proposed price was published as （十） requires, before the contract was signed (按规定公示拟交易价格).</summary>
/// <param name="ContractId">The contract.</param>
[ReasonCode("condition.price-published-as-required")]
public sealed record PricePublishedAsRequired(string ContractId) : IReason;
