using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Tracing;
using NodaTime;

namespace Baotou.Incentives.Explanations.Reports;

/// <summary>What a money basis was made of, read back from the decision's trace and the case it was made on.</summary>
/// <remarks>
/// An entitlement's firing names the contract income (<see cref="ContractIncome"/>) or the major-project basis
/// (<see cref="MajorProjectBasis"/>) it computed on; the firing that derived that income names every instalment and deduction
/// of the contract it saw (<see cref="ContractIncomeByEvaluationDate"/>: those counted, then those received later, then the
/// deductions). The case gives each one's date and amount, and the decision its evaluation date: an instalment received on or
/// before it is counted, a later one is not. The working is shown only when it adds up to the basis the entitlement carries,
/// so the report never shows a sum that disagrees with the decision.
/// </remarks>
internal sealed record BasisWorking(
    BasisWorking.Sum Kind,
    string ContractId,
    LocalDate EvaluationDate,
    IReadOnlyList<PaymentReceived> Counted,
    IReadOnlyList<PaymentReceived> Later,
    IReadOnlyList<IncomeDeduction> Deductions)
{
    /// <summary>Which sum the basis is.</summary>
    internal enum Sum
    {
        /// <summary>Net income (净收入): the money received, less the deductions, never below zero.</summary>
        NetIncome,

        /// <summary>The money received (到账金额) of （七）: the deductions are not subtracted.</summary>
        MoneyReceived,
    }

    internal decimal Received => Counted.Sum(p => p.Amount);

    internal decimal Deducted => Deductions.Sum(d => d.Amount);

    internal decimal Net => Math.Max(0m, Received - Deducted);

    internal decimal Result => Kind == Sum.NetIncome ? Net : Received;

    /// <summary>The working of an entitlement's basis, or <see langword="null"/> when its basis is not a contract's money (an operating profit, an equity conversion) or the trace does not show it.</summary>
    internal static BasisWorking? Of(Entitlement entitlement, IncentiveDecision decision, IncentiveCase incentiveCase, IReadOnlyDictionary<string, TraceEntry> producedBy)
    {
        if (!producedBy.TryGetValue(entitlement.Id, out var firing))
        {
            return null;
        }

        var (kind, incomeId) = IncomeBehind(firing, producedBy);
        if (incomeId is null || !producedBy.TryGetValue(incomeId, out var derivation))
        {
            return null;
        }

        var payments = incentiveCase.FactsOf<PaymentReceived>().ToDictionary(p => p.Id, StringComparer.Ordinal);
        var deductions = incentiveCase.FactsOf<IncomeDeduction>().ToDictionary(d => d.Id, StringComparer.Ordinal);
        var seen = derivation.MatchedFacts.Where(f => f.Type == nameof(PaymentReceived) && payments.ContainsKey(f.Id)).Select(f => payments[f.Id]).ToArray();
        var date = decision.EvaluationDate;
        var working = new BasisWorking(
            kind,
            derivation.MatchedFacts.FirstOrDefault(f => f.Type == nameof(TechnologyContract))?.Id ?? string.Empty,
            date,
            [.. seen.Where(p => p.ReceivedOn <= date)],
            [.. seen.Where(p => p.ReceivedOn > date)],
            [.. derivation.MatchedFacts.Where(f => f.Type == nameof(IncomeDeduction) && deductions.ContainsKey(f.Id)).Select(f => deductions[f.Id])]);
        return working.Result == entitlement.Basis ? working : null;
    }

    /// <summary>The contract income an entitlement's firing computed on, directly (net income) or through the major-project basis of （七）(money received).</summary>
    private static (Sum Kind, string? IncomeId) IncomeBehind(TraceEntry firing, IReadOnlyDictionary<string, TraceEntry> producedBy)
    {
        if (firing.MatchedFacts.FirstOrDefault(f => f.Type == nameof(MajorProjectBasis)) is { } basis)
        {
            return producedBy.TryGetValue(basis.Id, out var derivation)
                && derivation.MatchedFacts.FirstOrDefault(f => f.Type == nameof(ContractIncome)) is { } received
                ? (Sum.MoneyReceived, received.Id)
                : (Sum.MoneyReceived, null);
        }

        return (Sum.NetIncome, firing.MatchedFacts.FirstOrDefault(f => f.Type == nameof(ContractIncome))?.Id);
    }
}
