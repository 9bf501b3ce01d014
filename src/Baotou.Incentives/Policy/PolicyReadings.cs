namespace Baotou.Incentives.Policy;

/// <summary>
/// How a pack reads what its text leaves open. Each reading is one switch, so a different reading is a different pack,
/// never an edit to a rule. Each defaults to the reading that fits the words best; the README says why.
/// </summary>
/// <param name="TransferOfficeRewardBasis">The income the technology transfer office's share is computed on (149号·（五）成果转化收益).</param>
/// <param name="ProfitYears">Which fiscal years count as the profit years after production (149号·（八）投产后 5 年内).</param>
/// <param name="ExemptionPublicity">What the exemption from liability needs published (149号·（十一）按规定公示拟交易价格).</param>
/// <param name="TransferOfficeEquity">Whether and how the transfer office's reward reaches an equity investment (149号·（五） for 作价入股).</param>
/// <param name="IncomeRetention">Which units keep the whole income of a transformation (149号·（三）全部留归本单位).</param>
public sealed record PolicyReadings(
    TransformationIncomeBasis TransferOfficeRewardBasis,
    ProfitYearConvention ProfitYears,
    ExemptionPublicityReading ExemptionPublicity = ExemptionPublicityReading.ProposedPriceInTime,
    TransferOfficeEquityReading TransferOfficeEquity = TransferOfficeEquityReading.RewardMeasuredOnEquity,
    IncomeRetentionScope IncomeRetention = IncomeRetentionScope.ResponsibleUnits);
