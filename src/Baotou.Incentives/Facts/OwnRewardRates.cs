using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>
/// The rates a unit's own income distribution rule or reward agreement sets, per mode of transformation.
/// 《促进科技成果转化法》第四十五条第二款 requires the own rule or agreement of a research and development institution or university
/// established by the state (<see cref="Unit.StateEstablished"/>) to meet the first paragraph's standards, so its rates are
/// checked against them; another unit's own terms simply govern.
/// </summary>
/// <param name="Id">The row's id within the case.</param>
/// <param name="UnitId">The id of the <see cref="Unit"/> whose rule or agreement it is; the unit must have one.</param>
/// <param name="TransferLicenceNetIncomeShare">The share of a transfer's or licence's net income the rule gives, a fraction from 0 to 1 (0.3 is 30%); <see langword="null"/> when it sets none.</param>
/// <param name="EquityShare">The share of the equity an investment forms the rule gives, a fraction from 0 to 1; <see langword="null"/> when it sets none.</param>
/// <param name="OperatingProfitShare">The share of each year's operating profit the rule gives, a fraction from 0 to 1; <see langword="null"/> when it sets none.</param>
public sealed record OwnRewardRates(
    string Id,
    string UnitId,
    decimal? TransferLicenceNetIncomeShare,
    decimal? EquityShare,
    decimal? OperatingProfitShare) : ICaseFact
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(OwnRewardRates));

    /// <summary>The id of the unit.</summary>
    public string UnitId { get; } = Guard.Reference(UnitId, nameof(OwnRewardRates), Id, nameof(UnitId));

    /// <summary>The share of a transfer's or licence's net income the rule gives, or <see langword="null"/>.</summary>
    public decimal? TransferLicenceNetIncomeShare { get; } = Optional(TransferLicenceNetIncomeShare, Id, nameof(TransferLicenceNetIncomeShare));

    /// <summary>The share of the equity formed the rule gives, or <see langword="null"/>.</summary>
    public decimal? EquityShare { get; } = Optional(EquityShare, Id, nameof(EquityShare));

    /// <summary>The share of each year's operating profit the rule gives, or <see langword="null"/>.</summary>
    public decimal? OperatingProfitShare { get; } = Optional(OperatingProfitShare, Id, nameof(OperatingProfitShare));

    private static decimal? Optional(decimal? share, string id, string field) =>
        share is { } value ? Guard.Share(value, nameof(OwnRewardRates), id, field) : null;
}
