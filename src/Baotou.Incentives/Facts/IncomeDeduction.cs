using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>
/// A cost deducted from a contract's gross income to reach its net income (净收入). 149号 does not define net income;
/// the unit states its deductions as facts and the trace shows the arithmetic.
/// </summary>
/// <param name="Id">The deduction's id within the case.</param>
/// <param name="ContractId">The id of the <see cref="TechnologyContract"/> whose income it reduces.</param>
/// <param name="Kind">What the cost is for.</param>
/// <param name="Amount">The amount deducted, in yuan, greater than 0 (a negative deduction would put net income above gross).</param>
public sealed record IncomeDeduction(string Id, string ContractId, DeductionKind Kind, decimal Amount) : ICaseFact, IPartOfContract
{
    /// <inheritdoc />
    public string Id { get; } = Guard.Id(Id, nameof(IncomeDeduction));

    /// <summary>The id of the contract whose income it reduces.</summary>
    public string ContractId { get; } = Guard.Reference(ContractId, nameof(IncomeDeduction), Id, nameof(ContractId));

    /// <summary>What the cost is for.</summary>
    public DeductionKind Kind { get; } = Guard.Defined(Kind, nameof(IncomeDeduction), Id, nameof(Kind));

    /// <summary>The amount deducted, in yuan.</summary>
    public decimal Amount { get; } = Amount < 0m
        ? throw Guard.Fail(nameof(IncomeDeduction), Id, nameof(Amount),
            $"must be greater than 0 yuan; was {Amount}: a negative deduction would make net income exceed gross income")
        : Guard.PositiveYuan(Amount, nameof(IncomeDeduction), Id, nameof(Amount));
}
