using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Benchmarks.Peers;

/// <summary>
/// The joins a peer without a rules engine does by hand: each contract with its unit, achievement, income received by the
/// evaluation date and equity conversion. Both peers start from it, so they differ only in how the rules are written.
/// </summary>
internal sealed class CaseView
{
    internal CaseView(IncentiveCase incentiveCase, LocalDate evaluatedOn)
    {
        Units = incentiveCase.FactsOf<Unit>().ToDictionary(u => u.Id);
        Achievements = incentiveCase.FactsOf<Achievement>().ToDictionary(a => a.Id);
        var received = incentiveCase.FactsOf<PaymentReceived>().Where(p => p.ReceivedOn <= evaluatedOn)
            .GroupBy(p => p.ContractId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var deducted = incentiveCase.FactsOf<IncomeDeduction>()
            .GroupBy(d => d.ContractId).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
        var conversions = incentiveCase.FactsOf<EquityConversion>().ToDictionary(q => q.ContractId);
        Contracts = incentiveCase.FactsOf<TechnologyContract>().Select(c =>
        {
            var achievement = Achievements[c.AchievementId];
            var gross = received.GetValueOrDefault(c.Id);
            return new ContractView(c, achievement, Units[achievement.UnitId], gross,
                Math.Max(0m, gross - deducted.GetValueOrDefault(c.Id)), conversions.GetValueOrDefault(c.Id));
        }).ToDictionary(c => c.Contract.Id);
        Engagements = incentiveCase.FactsOf<TransferOfficeEngagement>().ToArray();
        Implementations = incentiveCase.FactsOf<SelfImplementation>().ToDictionary(s => s.Id);
        Profits = incentiveCase.FactsOf<OperatingProfit>().ToArray();
        Surpluses = incentiveCase.FactsOf<CommissionedResearchSurplus>().ToArray();
    }

    internal Dictionary<string, Unit> Units { get; }

    internal Dictionary<string, Achievement> Achievements { get; }

    internal Dictionary<string, ContractView> Contracts { get; }

    internal TransferOfficeEngagement[] Engagements { get; }

    internal Dictionary<string, SelfImplementation> Implementations { get; }

    internal OperatingProfit[] Profits { get; }

    internal CommissionedResearchSurplus[] Surpluses { get; }

    internal static bool UniversityOrInstitute(Unit unit) => unit.Kind is UnitKind.University or UnitKind.ResearchInstitute;

    internal static bool DefaultsApply(Unit unit) =>
        (UniversityOrInstitute(unit) || unit.Kind == UnitKind.StateOwnedEnterprise) && !unit.OwnRewardTermsGovern;

    internal static bool BringsMoney(TechnologyContract contract) => contract.Mode is TransformationMode.Transfer or TransformationMode.Licence;

    internal sealed record ContractView(
        TechnologyContract Contract, Achievement Achievement, Unit Unit, decimal Gross, decimal Net, EquityConversion? Conversion);
}
