using Baotou.Incentives.Facts;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>
/// Sums what a transfer or licence brought in by the evaluation date, less the deductions the unit states: the net income
/// (净收入) that （五）and（八）share. Instalments received after the evaluation date are listed, not counted.
/// </summary>
[Name(Id)]
[Priority(Priorities.Derivation)]
[PolicyClause(Clauses.Measure8)]
internal sealed class ContractIncomeByEvaluationDate : Rule
{
    internal const string Id = "149-8-contract-net-income";

    public override void Define()
    {
        EvaluationContext evaluation = default!;
        ContractLedger ledger = default!;
        IReadOnlyList<PaymentReceived> counted = default!;
        IReadOnlyList<PaymentReceived> later = default!;
        IReadOnlyList<IncomeDeduction> deductions = default!;

        When()
            .Match(() => evaluation)
            .Match(() => ledger, l => Scope.BringsMoney(l.Contract))
            .Let(() => counted, () => ledger.ReceivedBy(evaluation.EvaluationDate))
            // Not summed: bound so that the trace shows an auditor each instalment left out, next to those counted.
            .Let(() => later, () => ledger.ReceivedAfter(evaluation.EvaluationDate))
            .Let(() => deductions, () => ledger.Deductions);

        Then()
            .Do(ctx => ctx.Insert(Sum(ledger.Placement, counted, deductions)));
    }

    private static ContractIncome Sum(ContractPlacement placement, IEnumerable<PaymentReceived> counted, IEnumerable<IncomeDeduction> deductions) =>
        new(placement, counted.Sum(p => p.Amount), deductions.Sum(d => d.Amount));
}
