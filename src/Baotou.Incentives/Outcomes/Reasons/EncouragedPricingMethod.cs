using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.encouraged-pricing-method</c>: the price was set by a method the measure encourages (拍卖或自行协商); by 等 other methods are allowed.</summary>
/// <param name="Method">The method used.</param>
public sealed record EncouragedPricingMethod(PricingMethod Method) : IReason;
