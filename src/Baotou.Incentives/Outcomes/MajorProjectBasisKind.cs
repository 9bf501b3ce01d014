namespace Baotou.Incentives.Outcomes;

/// <summary>What the basis of 149号·（七） is for one contract: 根据技术合同到账金额或有关股权折算金额.</summary>
public enum MajorProjectBasisKind
{
    /// <summary>The money received under the registered technology contract (技术合同到账金额), for a transfer or licence.</summary>
    MoneyReceived = 1,

    /// <summary>The equity conversion amount (股权折算金额), for an equity investment.</summary>
    EquityConversionAmount = 2,
}
