using NodaTime;

namespace Baotou.Incentives.Policy;

/// <summary>
/// 《中华人民共和国促进科技成果转化法》(as amended 2015) 第四十五条: the national baseline for rewarding the people who made a
/// service achievement and its transformation, when the unit has neither a rule nor an agreement on the way and amount.
/// </summary>
/// <remarks>
/// The amendment was adopted on 2015-08-29 and took effect on 2015-10-01 (第五十二条 of the amending decision). Article 45
/// gives three floors: 不低于百分之五十 of the net income of a transfer or licence; 不低于百分之五十 of the shares or capital
/// contribution an investment forms; and, for self-implementation, 不低于百分之五 of each year's operating profit for
/// 连续三至五年 after production succeeded. The unit chooses a term from three to five years, so the pack reads the first
/// three profit years as owed and the fourth and fifth as the unit's choice. The law covers every unit that completes a
/// service achievement, not only universities and research institutes.
/// </remarks>
public static class NationalLaw2015Article45
{
    /// <summary>The pack's stable id.</summary>
    public const string PackId = RuleSets.NationalLaw2015;

    /// <summary>The law and article.</summary>
    public const string DocumentNumber = "《中华人民共和国促进科技成果转化法》(2015年修正) 第四十五条";

    /// <summary>The date the amendment was adopted and published.</summary>
    public static readonly LocalDate PublishedOn = new(2015, 8, 29);

    /// <summary>The date the amendment took effect.</summary>
    public static readonly LocalDate EffectiveFrom = new(2015, 10, 1);

    /// <summary>第四十五条（一）: the minimum share of a transfer's or licence's net income (不低于百分之五十).</summary>
    public static readonly PolicyParameter TransferLicenceNetIncomeShare = new(
        "law2015.45.transfer-licence-net-income-share", ParameterUnit.Rate, "促进科技成果转化法·第四十五条（一）",
        "Minimum share of a transfer's or licence's net income for the people who made and transformed the achievement.");

    /// <summary>第四十五条（二）: the minimum share of the shares or capital contribution an investment forms (不低于百分之五十).</summary>
    public static readonly PolicyParameter EquityShare = new(
        "law2015.45.equity-share", ParameterUnit.Rate, "促进科技成果转化法·第四十五条（二）",
        "Minimum share of the shares or capital contribution formed by investing the achievement.");

    /// <summary>第四十五条（三）: the minimum share of each year's operating profit (不低于百分之五).</summary>
    public static readonly PolicyParameter OperatingProfitShare = new(
        "law2015.45.operating-profit-share", ParameterUnit.Rate, "促进科技成果转化法·第四十五条（三）",
        "Minimum share of each profit year's operating profit after production succeeded.");

    /// <summary>第四十五条（三）: the profit years owed in any case (连续三至五年: at least three).</summary>
    public static readonly PolicyParameter OperatingProfitMinimumYears = new(
        "law2015.45.operating-profit-minimum-years", ParameterUnit.Years, "促进科技成果转化法·第四十五条（三）",
        "Number of profit years after production succeeded whose share is owed in any case.");

    /// <summary>第四十五条（三）: the longest term the unit may choose (连续三至五年: at most five).</summary>
    public static readonly PolicyParameter OperatingProfitMaximumYears = new(
        "law2015.45.operating-profit-maximum-years", ParameterUnit.Years, "促进科技成果转化法·第四十五条（三）",
        "Number of profit years after production succeeded up to which the unit may choose to share.");

    /// <summary>The law's profit years are read like 149号's: fiscal years, the year production succeeded being the first.</summary>
    public static readonly PolicyReadings Readings = new(TransformationIncomeBasis.NetIncome, ProfitYearConvention.ProductionYearIsFirst);

    /// <summary>
    /// The pack as in force since <see cref="EffectiveFrom"/>: read from its pack file
    /// (Policy/Packs/cn-law-2015-art45.pack.json, embedded in the library), where each value quotes the words that set it.
    /// </summary>
    public static PolicyPack Pack => ShippedPack.Value;

    private static readonly Lazy<PolicyPack> ShippedPack = new(() => Files.ShippedPackFiles.Read(PackId));
}
