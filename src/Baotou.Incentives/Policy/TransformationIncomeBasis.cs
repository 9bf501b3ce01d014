namespace Baotou.Incentives.Policy;

/// <summary>Which income a share of "transformation income" (成果转化收益) is computed on.</summary>
public enum TransformationIncomeBasis
{
    /// <summary>Net income: money received less the deductions the unit states.</summary>
    NetIncome = 1,

    /// <summary>Gross income: all money received.</summary>
    GrossIncome = 2,
}
