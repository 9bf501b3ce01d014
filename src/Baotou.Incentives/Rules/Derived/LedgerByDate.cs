using System.Collections;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Rules.Views;
using NodaTime;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>
/// A contract's ledger split at the evaluation date: the instalments counted (received on or before it), those received
/// later, and the deductions. It enumerates them in that order, which is how the trace names them.
/// </summary>
internal sealed class LedgerByDate(IReadOnlyList<PaymentReceived> counted, IReadOnlyList<PaymentReceived> later, IReadOnlyList<IncomeDeduction> deductions)
    : IEnumerable<ICaseFact>
{
    internal IReadOnlyList<PaymentReceived> Counted { get; } = counted;

    internal IReadOnlyList<PaymentReceived> Later { get; } = later;

    internal IReadOnlyList<IncomeDeduction> Deductions { get; } = deductions;

    internal static LedgerByDate Of(ContractLedger ledger, LocalDate evaluationDate) =>
        new(ledger.ReceivedBy(evaluationDate), ledger.ReceivedAfter(evaluationDate), ledger.Deductions);

    public IEnumerator<ICaseFact> GetEnumerator() => Counted.Concat<ICaseFact>(Later).Concat(Deductions).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
