using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The price was set by a method the measure encourages (拍卖或自行协商); by 等 other methods are allowed.</summary>
/// <param name="Method">The method used.</param>
[ReasonCode("condition.encouraged-pricing-method")]
public sealed record EncouragedPricingMethod(PricingMethod Method) : IReason;
