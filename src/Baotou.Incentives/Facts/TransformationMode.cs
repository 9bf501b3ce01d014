namespace Baotou.Incentives.Facts;

/// <summary>How a technology contract transforms an achievement.</summary>
public enum TransformationMode
{
    /// <summary>Transfer of the achievement (转让).</summary>
    Transfer = 1,

    /// <summary>Licence to use the achievement (许可).</summary>
    Licence = 2,

    /// <summary>Investment of the achievement as equity in a company (作价入股 / 技术入股).</summary>
    EquityInvestment = 3,
}
