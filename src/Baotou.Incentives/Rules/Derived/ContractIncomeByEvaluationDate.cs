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
[RuleSet(RuleSetAttribute.Every)]
internal sealed class ContractIncomeByEvaluationDate : Rule
{
    internal const string Id = "149-8-contract-net-income";

    public override void Define()
    {
        EvaluationContext evaluation = default!;
        ContractLedger ledger = default!;
        LedgerByDate rows = default!;

        When()
            .Match(() => evaluation)
            .Match(() => ledger, l => Scope.BringsMoney(l.Contract))
            // One binding, not one per list: the trace names the instalments counted, then those received later (not summed:
            // bound so that an auditor sees each instalment left out), then the deductions.
            .Let(() => rows, () => LedgerByDate.Of(ledger, evaluation.EvaluationDate));

        Then()
            .Do(ctx => ctx.Insert(Sum(ledger.Placement, rows)));
    }

    private static ContractIncome Sum(ContractPlacement placement, LedgerByDate rows) =>
        new(placement, rows.Counted.Sum(p => p.Amount), rows.Deductions.Sum(d => d.Amount));
}
