namespace Baotou.Incentives.Policy;

/// <summary>
/// Whether 149号·（五）'s 按成果转化收益给予不低于 5% 的奖励 reaches an equity investment (作价入股), whose 收益 is the equity it forms.
/// </summary>
public enum TransferOfficeEquityReading
{
    /// <summary>
    /// The equity formed is the investment's 成果转化收益, so the transfer office staff receive at least the share of it, as
    /// （八）rewards the team from 技术入股形成的股权. The default.
    /// </summary>
    EquityFormedCounts = 1,

    /// <summary>Only money received counts: an equity investment gives the transfer office nothing under （五）, and the decision says so.</summary>
    MoneyOnly = 2,
}
