namespace Baotou.Incentives.Outcomes;

/// <summary>
/// The income a standard of 《促进科技成果转化法》第四十五条第一款 shares, one per item: what a state-established unit's own rule
/// is checked against under the second paragraph.
/// </summary>
public enum StatutoryBasis
{
    /// <summary>（一）the net income of a transfer or licence (转让净收入或者许可净收入).</summary>
    NetIncome = 1,

    /// <summary>（二）the shares or contribution an investment forms (形成的股份或者出资比例).</summary>
    EquityFormed = 2,

    /// <summary>（三）each year's operating profit of a self-implementation (每年…营业利润).</summary>
    OperatingProfit = 3,
}
