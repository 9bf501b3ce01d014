namespace Baotou.Incentives.Policy;

/// <summary>
/// What 149号·（十一）'s 按规定公示拟交易价格 requires of a publication for the exemption from liability: the proposed price
/// (the words of （十一）), or also the name and summary that （十）'s publication lists.
/// </summary>
public enum ExemptionPublicityReading
{
    /// <summary>The proposed price published before the transaction (按规定公示<b>拟交易价格</b>): the words of （十一）. The default.</summary>
    ProposedPriceInTime = 1,

    /// <summary>The whole of （十）'s publication before the transaction: name, summary and proposed price.</summary>
    NameSummaryAndPriceInTime = 2,
}
