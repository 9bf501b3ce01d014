using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Facts;

/// <summary>The valuation of an achievement invested as equity (作价入股): the equity conversion amount and the share formed.</summary>
/// <param name="Id">The conversion's id within the case.</param>
/// <param name="ContractId">The id of the equity-investment <see cref="TechnologyContract"/>.</param>
/// <param name="ValuedOn">The date of the valuation.</param>
/// <param name="ConvertedAmount">The equity conversion amount (股权折算金额) in yuan, greater than 0.</param>
/// <param name="EquityShareFormed">The share of the investee's equity formed, as a fraction in (0, 1] (0.3 is 30%).</param>
public sealed record EquityConversion(string Id, string ContractId, LocalDate ValuedOn, decimal ConvertedAmount, decimal EquityShareFormed) : ICaseFact
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(EquityConversion));

    /// <summary>The id of the equity-investment contract.</summary>
    public string ContractId { get; } = Guard.Reference(ContractId, nameof(EquityConversion), Id, nameof(ContractId));

    /// <summary>The date of the valuation.</summary>
    public LocalDate ValuedOn { get; } = Guard.Date(ValuedOn, nameof(EquityConversion), Id, nameof(ValuedOn));

    /// <summary>The equity conversion amount in yuan.</summary>
    public decimal ConvertedAmount { get; } = Guard.PositiveYuan(ConvertedAmount, nameof(EquityConversion), Id, nameof(ConvertedAmount));

    /// <summary>The share of the investee's equity formed, as a fraction.</summary>
    public decimal EquityShareFormed { get; } = Guard.Fraction(EquityShareFormed, nameof(EquityConversion), Id, nameof(EquityShareFormed));
}
