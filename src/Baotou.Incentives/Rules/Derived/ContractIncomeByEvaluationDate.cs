using Baotou.Incentives.Facts;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>
/// Sums what a transfer or licence brought in by the evaluation date, less the deductions the unit states: the net income
/// (净收入) that （五）and（八）share. Instalments received after the evaluation date are listed, not counted.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
internal sealed class ContractIncomeByEvaluationDate : Rule
{
    internal const string Id = "149-8-contract-net-income";

    public override void Define()
    {
        EvaluationContext evaluation = default!;
        TechnologyContract contract = default!;
        IEnumerable<PaymentReceived> counted = default!;
        IEnumerable<PaymentReceived> later = default!;
        IEnumerable<IncomeDeduction> deductions = default!;

        When()
            .Match(() => evaluation)
            .Match(() => contract, c => Scope.BringsMoney(c))
            .Query(() => counted, q => q
                .Match<PaymentReceived>(p => p.ContractId == contract.Id, p => p.ReceivedOn <= evaluation.EvaluationDate)
                .Collect())
            // Not summed: matched so that the trace shows an auditor each instalment left out, next to those counted.
            .Query(() => later, q => q
                .Match<PaymentReceived>(p => p.ContractId == contract.Id, p => p.ReceivedOn > evaluation.EvaluationDate)
                .Collect())
            .Query(() => deductions, q => q
                .Match<IncomeDeduction>(d => d.ContractId == contract.Id)
                .Collect());

        Then()
            .Do(ctx => ctx.Insert(Sum(contract, counted, deductions)));
    }

    private static ContractIncome Sum(TechnologyContract contract, IEnumerable<PaymentReceived> counted, IEnumerable<IncomeDeduction> deductions) =>
        new(contract.Id, counted.Sum(p => p.Amount), deductions.Sum(d => d.Amount));
}
