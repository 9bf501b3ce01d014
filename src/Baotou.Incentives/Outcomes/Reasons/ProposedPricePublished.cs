namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The proposed price was published (拟交易价格).</summary>
[ReasonCode("condition.proposed-price-published")]
public sealed record ProposedPricePublished() : IReason;
