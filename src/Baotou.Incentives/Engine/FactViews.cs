using Baotou.Incentives.Facts;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Views;

namespace Baotou.Incentives.Engine;

/// <summary>
/// Builds the views (<see cref="IFactView"/>) of a validated case: one pass over its facts and a lookup by id each, so the
/// cost grows with the number of facts, not with their product.
/// </summary>
internal static class FactViews
{
    private static readonly Type[] PlacedContract = [typeof(TechnologyContract), typeof(Achievement), typeof(Unit)];
    private static readonly Type[] PlacedProfit = [typeof(OperatingProfit), typeof(SelfImplementation), typeof(Achievement), typeof(Unit)];

    /// <summary>The input fact kinds a view (or a derived fact carrying one) needs, so a rule matching it is compiled only for cases that can have it.</summary>
    internal static readonly IReadOnlyDictionary<Type, Type[]> KindsBehind = new Dictionary<Type, Type[]>
    {
        [typeof(ContractPlacement)] = PlacedContract,
        [typeof(ContractLedger)] = [typeof(TechnologyContract)],
        [typeof(ContractIncome)] = PlacedContract,
        [typeof(ProfitPlacement)] = PlacedProfit,
        [typeof(ProfitYearNotEnded)] = PlacedProfit,
    };

    /// <summary>
    /// The views of a case whose facts are in canonical order; references are known to resolve. A profit row whose fiscal year
    /// had not ended by <paramref name="evaluationDate"/> is placed apart (<see cref="ProfitYearNotEnded"/>): it is not counted.
    /// </summary>
    internal static List<object> Of(IReadOnlyList<ICaseFact> ordered, NodaTime.LocalDate evaluationDate)
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        var achievements = new Dictionary<string, Achievement>(StringComparer.Ordinal);
        var implementations = new Dictionary<string, SelfImplementation>(StringComparer.Ordinal);
        var contracts = new List<TechnologyContract>();
        var profits = new List<OperatingProfit>();
        Dictionary<string, List<PaymentReceived>>? payments = null;
        Dictionary<string, List<IncomeDeduction>>? deductions = null;
        foreach (var fact in ordered)
        {
            switch (fact)
            {
                case Unit unit:
                    units[unit.Id] = unit;
                    break;
                case Achievement achievement:
                    achievements[achievement.Id] = achievement;
                    break;
                case TechnologyContract contract:
                    contracts.Add(contract);
                    break;
                case PaymentReceived payment:
                    Add(payments ??= new(StringComparer.Ordinal), payment.ContractId, payment);
                    break;
                case IncomeDeduction deduction:
                    Add(deductions ??= new(StringComparer.Ordinal), deduction.ContractId, deduction);
                    break;
                case SelfImplementation implementation:
                    implementations[implementation.Id] = implementation;
                    break;
                case OperatingProfit profit:
                    profits.Add(profit);
                    break;
            }
        }

        var views = new List<object>((2 * contracts.Count) + profits.Count);
        foreach (var contract in contracts)
        {
            var achievement = achievements[contract.AchievementId];
            var placement = new ContractPlacement(contract, achievement, units[achievement.UnitId]);
            views.Add(placement);
            views.Add(new ContractLedger(placement, Rows(payments, contract.Id), Rows(deductions, contract.Id)));
        }

        foreach (var profit in profits)
        {
            var implementation = implementations[profit.SelfImplementationId];
            var achievement = achievements[implementation.AchievementId];
            var unit = units[achievement.UnitId];
            views.Add(ProfitYearNotEnded.HasEnded(profit.FiscalYear, evaluationDate)
                ? new ProfitPlacement(profit, implementation, achievement, unit)
                : new ProfitYearNotEnded(profit, implementation, achievement, unit, evaluationDate));
        }

        return views;
    }

    private static void Add<T>(Dictionary<string, List<T>> byContract, string contractId, T row)
    {
        if (!byContract.TryGetValue(contractId, out var rows))
        {
            byContract[contractId] = rows = [];
        }

        rows.Add(row);
    }

    private static IReadOnlyList<T> Rows<T>(Dictionary<string, List<T>>? byContract, string contractId) =>
        byContract is not null && byContract.TryGetValue(contractId, out var rows) ? rows : [];
}
