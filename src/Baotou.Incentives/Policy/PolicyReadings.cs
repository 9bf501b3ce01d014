namespace Baotou.Incentives.Policy;

/// <summary>
/// How a pack reads what its text leaves open. Each reading is one switch, so a different reading is a different pack,
/// never an edit to a rule.
/// </summary>
/// <param name="TransferOfficeRewardBasis">The income the technology transfer office's share is computed on.</param>
/// <param name="ProfitYears">Which fiscal years count as the profit years after production.</param>
public sealed record PolicyReadings(TransformationIncomeBasis TransferOfficeRewardBasis, ProfitYearConvention ProfitYears);
