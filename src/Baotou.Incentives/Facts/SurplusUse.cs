namespace Baotou.Incentives.Facts;

/// <summary>What a commissioned-research (横向) project's surplus is used for.</summary>
public enum SurplusUse
{
    /// <summary>Invested in transforming an achievement (出资科技成果转化).</summary>
    InvestedInTransformation = 1,

    /// <summary>Paid out as performance pay (用于绩效发放).</summary>
    PerformancePay = 2,
}
