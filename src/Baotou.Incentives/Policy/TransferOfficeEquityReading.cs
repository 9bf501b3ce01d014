namespace Baotou.Incentives.Policy;

/// <summary>
/// Whether and how 149号·（五）'s 按成果转化收益给予不低于 5% 的奖励 reaches an equity investment (作价入股), whose 收益 is the equity it
/// forms. The sentence names a reward (奖励) on 成果转化收益, never equity owed; where 149号 means equity it says so (（八）技术入股形成
/// 的股权). So the default is a reward measured on the equity formed, and equity owed is a switch.
/// </summary>
public enum TransferOfficeEquityReading
{
    /// <summary>
    /// The equity formed is the investment's 成果转化收益, and the transfer office staff are owed at least a share of that equity
    /// itself (a part of the investee), as （八）rewards the team from 技术入股形成的股权. A switch: （五） says 奖励, not 股权.
    /// </summary>
    EquityFormedCounts = 1,

    /// <summary>Only money received counts: an equity investment gives the transfer office nothing under （五）, and the decision says so.</summary>
    MoneyOnly = 2,

    /// <summary>
    /// The equity formed is the investment's 成果转化收益 and measures the reward: the transfer office staff are owed a reward (奖励)
    /// of at least the share of the equity's value at its conversion amount (股权折算金额), in yuan, not a part of the investee.
    /// The default.
    /// </summary>
    RewardMeasuredOnEquity = 3,
}
