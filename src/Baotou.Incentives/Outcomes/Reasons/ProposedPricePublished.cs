namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.proposed-price-published</c>: the proposed price was published (拟交易价格).</summary>
public sealed record ProposedPricePublished() : IReason;
