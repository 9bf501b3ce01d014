using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>The operating profit (营业利润) of a self-implemented achievement for one fiscal year; negative for a loss.</summary>
/// <param name="Id">The row's id within the case.</param>
/// <param name="SelfImplementationId">The id of the <see cref="SelfImplementation"/> it belongs to.</param>
/// <param name="FiscalYear">The fiscal year; China's fiscal year is the calendar year.</param>
/// <param name="Amount">The operating profit in yuan; negative for a loss.</param>
public sealed record OperatingProfit(string Id, string SelfImplementationId, int FiscalYear, decimal Amount) : ICaseFact
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(OperatingProfit));

    /// <summary>The id of the self-implementation it belongs to.</summary>
    public string SelfImplementationId { get; } = Guard.Reference(SelfImplementationId, nameof(OperatingProfit), Id, nameof(SelfImplementationId));

    /// <summary>The fiscal year.</summary>
    public int FiscalYear { get; } = Guard.Year(FiscalYear, nameof(OperatingProfit), Id, nameof(FiscalYear));

    /// <summary>The operating profit in yuan; negative for a loss.</summary>
    public decimal Amount { get; } = Guard.Yuan(Amount, nameof(OperatingProfit), Id, nameof(Amount));
}
