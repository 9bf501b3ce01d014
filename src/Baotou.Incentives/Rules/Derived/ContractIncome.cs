using Baotou.Incentives.Facts;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>
/// What a contract brought in by the evaluation date: gross money received, the deductions stated, and net income.
/// Net income is never below zero: costs beyond the money received leave nothing to share, not a debt of the team.
/// </summary>
/// <remarks>Which payments were counted and which came later is in the trace: the derivation's matched facts.</remarks>
internal sealed record ContractIncome(string ContractId, decimal Gross, decimal Deductions) : ICaseFact
{
    public string ContractId { get; } = ContractId;

    public decimal Gross { get; } = Gross;

    public decimal Deductions { get; } = Deductions;

    public string Id => "income:" + ContractId;

    public decimal Net => Math.Max(0m, Gross - Deductions);
}
