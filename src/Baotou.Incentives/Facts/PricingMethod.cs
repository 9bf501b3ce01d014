namespace Baotou.Incentives.Facts;

/// <summary>How a transaction's price was set; 149号·（十） encourages auction or negotiation (鼓励通过拍卖或自行协商等方式).</summary>
public enum PricingMethod
{
    /// <summary>By auction (拍卖).</summary>
    Auction = 1,

    /// <summary>By the parties' own negotiation (自行协商).</summary>
    Negotiation = 2,

    /// <summary>By another method, e.g. listing on an exchange (挂牌交易); the measure encourages the two above but allows others (等方式).</summary>
    Other = 3,
}
