using NodaTime;

namespace Baotou.Incentives.Policy;

/// <summary>
/// 包府办发〔2023〕149号, 《关于进一步强化科技成果转化激励若干措施》: its parameters and the pack that carries them.
/// </summary>
/// <remarks>
/// <para>
/// <b>When it takes effect.</b> The text says 本措施自发布之日起 30 日后施行. The notice is dated 2023-11-16 (成文日期, the day
/// it was signed) and was printed and issued (印发) on 2023-11-17; it could not have been published before it was issued, so
/// publication is taken as 2023-11-17. Under 《民法典》第二百零一条 a period counted in days starts the day after the
/// starting day, so the 30 days run from 2023-11-18 to 2023-12-17, and the measures apply to events from 2023-12-18 on.
/// </para>
/// <para>
/// <b>What the text leaves open.</b> The transfer office's share in （五） is of 成果转化收益; this pack reads it as net income
/// (<see cref="TransformationIncomeBasis.NetIncome"/>), because 收益 is a gain rather than a receipt and （八） measures the
/// completing team's share of the same money on net income: on one basis the shares of one income can be compared and never
/// exceed it. The "5 years after production" of （八） are read as fiscal (calendar) years, the year production succeeded
/// being the first (<see cref="ProfitYearConvention.ProductionYearIsFirst"/>), because that year's profit is already
/// profit made after production. Either reading is one switch in <see cref="PolicyReadings"/>.
/// </para>
/// </remarks>
public static class Baotou149
{
    /// <summary>The pack's stable id.</summary>
    public const string PackId = RuleSets.Baotou149;

    /// <summary>The document number.</summary>
    public const string DocumentNumber = "包府办发〔2023〕149号";

    /// <summary>The date the notice was signed (成文日期).</summary>
    public static readonly LocalDate SignedOn = new(2023, 11, 16);

    /// <summary>The date the notice was printed, issued and so published (印发).</summary>
    public static readonly LocalDate PublishedOn = new(2023, 11, 17);

    /// <summary>The first date of events the measures cover: 30 days after publication, counted from the next day.</summary>
    public static readonly LocalDate EffectiveFrom = new(2023, 12, 18);

    /// <summary>（五）: the transfer office staff's minimum share of transformation income (不低于 5%).</summary>
    public static readonly PolicyParameter TransferOfficeRewardShare = new(
        "149.5.transfer-office-reward-share", ParameterUnit.Rate, "149号·（五）",
        "Minimum share of transformation income rewarded to the technology transfer office staff who undertook it.");

    /// <summary>（七）: the basis from which a project is major (200 万元以上, inclusive).</summary>
    public static readonly PolicyParameter MajorProjectThreshold = new(
        "149.7.major-project-threshold", ParameterUnit.Yuan, "149号·（七）",
        "Amount received or equity conversion amount from which a project is recommended for the regional incentive.");

    /// <summary>（七）: the regional incentive recommended, as a share of the basis (20%).</summary>
    public static readonly PolicyParameter RegionalIncentiveRate = new(
        "149.7.regional-incentive-rate", ParameterUnit.Rate, "149号·（七）",
        "Regional fiscal incentive recommended for the transferring unit, as a share of the amount received or converted.");

    /// <summary>（八）: the completing team's minimum share of net income from a transfer or licence (不低于 80%).</summary>
    public static readonly PolicyParameter TransferLicenceNetIncomeShare = new(
        "149.8.transfer-licence-net-income-share", ParameterUnit.Rate, "149号·（八）",
        "Minimum share of a transfer's or licence's net income for the completing team when the unit has no rule or agreement.");

    /// <summary>（八）: the completing team's minimum share of the equity formed by an investment (不低于 80%).</summary>
    public static readonly PolicyParameter EquityShare = new(
        "149.8.equity-share", ParameterUnit.Rate, "149号·（八）",
        "Minimum share of the equity formed by investing the achievement for the completing team when the unit has no rule or agreement.");

    /// <summary>（八）: the completing team's minimum share of each year's operating profit after production (不低于 10%).</summary>
    public static readonly PolicyParameter OperatingProfitShare = new(
        "149.8.operating-profit-share", ParameterUnit.Rate, "149号·（八）",
        "Minimum share of each profit year's operating profit for the completing team when the unit has no rule or agreement.");

    /// <summary>（八）: how many profit years after production succeeded are shared (5 年内).</summary>
    public static readonly PolicyParameter OperatingProfitYears = new(
        "149.8.operating-profit-years", ParameterUnit.Years, "149号·（八）",
        "Number of fiscal years after production succeeded whose operating profit is shared.");

    /// <summary>（八）: a national-award team's minimum share of transfer income (90% 以上).</summary>
    public static readonly PolicyParameter NationalAwardTransferShare = new(
        "149.8.national-award-transfer-share", ParameterUnit.Rate, "149号·（八）",
        "Minimum share of transfer income for the team of a national S&T award achievement of a university or research institute.");

    /// <summary>（九）: the researchers' minimum share of a commissioned project's surplus invested in transformation (不低于 90%).</summary>
    public static readonly PolicyParameter SurplusResearcherShare = new(
        "149.9.surplus-researcher-share", ParameterUnit.Rate, "149号·（九）",
        "Minimum share of a commissioned project's surplus invested in transformation that the researchers hold.");

    /// <summary>（二）: the shortest long-term use right a unit may grant (不低于 10 年).</summary>
    public static readonly PolicyParameter MinimumUseRightYears = new(
        "149.2.minimum-use-right-years", ParameterUnit.Years, "149号·（二）",
        "Shortest term of a long-term use right granted to researchers.");

    /// <summary>（三）: the share of transformation income the unit retains (全部留归本单位，不上缴: 100%).</summary>
    public static readonly PolicyParameter IncomeRetainedShare = new(
        "149.3.income-retained-share", ParameterUnit.Rate, "149号·（三）",
        "Share of the income from transforming a service achievement that the unit retains rather than turns over.");

    /// <summary>How 149号 is read where its text leaves a choice open (see the remarks on <see cref="Baotou149"/>).</summary>
    public static readonly PolicyReadings Readings = new(TransformationIncomeBasis.NetIncome, ProfitYearConvention.ProductionYearIsFirst);

    /// <summary>
    /// The pack as published, every value in force from <see cref="EffectiveFrom"/>: read from its pack file
    /// (Policy/Packs/baotou-2023-149.pack.json, embedded in the library), where each value quotes the clause that sets it.
    /// </summary>
    public static PolicyPack Pack => ShippedPack.Value;

    private static readonly Lazy<PolicyPack> ShippedPack = new(() => Files.ShippedPackFiles.Read(PackId));
}
