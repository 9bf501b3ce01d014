using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Rules.Views;

/// <summary>A contract (placed with its achievement and unit) with every instalment received under it and every deduction stated for it, in id order.</summary>
internal sealed record ContractLedger(ContractPlacement Placement, IReadOnlyList<PaymentReceived> Payments, IReadOnlyList<IncomeDeduction> Deductions) : IFactView
{
    public ContractPlacement Placement { get; } = Placement;

    public TechnologyContract Contract => Placement.Contract;

    public IReadOnlyList<PaymentReceived> Payments { get; } = Payments;

    public IReadOnlyList<IncomeDeduction> Deductions { get; } = Deductions;

    /// <summary>Only the contract: the rule that reads the ledger names the payments and deductions it used itself.</summary>
    public IEnumerable<ICaseFact> Members => [Contract];

    /// <summary>The instalments received on or before the date.</summary>
    public IReadOnlyList<PaymentReceived> ReceivedBy(LocalDate date) => Payments.Where(p => p.ReceivedOn <= date).ToArray();

    /// <summary>The instalments received after the date.</summary>
    public IReadOnlyList<PaymentReceived> ReceivedAfter(LocalDate date) => Payments.Where(p => p.ReceivedOn > date).ToArray();

    public bool Equals(ContractLedger? other) => other is not null && string.Equals(Contract.Id, other.Contract.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Contract.Id);
}
