using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NodaTime;

namespace Baotou.Incentives.Benchmarks.Peers;

/// <summary>
/// The limit: the money measures （五）（七）（八）（九） of 149号 as plain C#, no rules engine and no trace, reading the same
/// pack parameters. What the engine costs above this is the price of rules as data and of the trace.
/// </summary>
public static class HandWrittenRules
{
    public static IReadOnlyList<MoneyOutcome> Compute(IncentiveCase incentiveCase, PolicyPack pack, LocalDate evaluatedOn)
    {
        var view = new CaseView(incentiveCase, evaluatedOn);
        var outcomes = new List<MoneyOutcome>();

        foreach (var engagement in view.Engagements)
        {
            var c = view.Contracts[engagement.ContractId];
            if (CaseView.BringsMoney(c.Contract) && pack.IsInForceOn(c.Contract.SignedOn))
            {
                var share = pack.Read(Baotou149.TransferOfficeRewardShare, c.Contract.SignedOn).Value;
                outcomes.Add(new MoneyOutcome(Beneficiary.TransferOfficeStaff, engagement.Id, c.Net * share));
            }
        }

        foreach (var c in view.Contracts.Values)
        {
            var signed = c.Contract.SignedOn;
            if (!pack.IsInForceOn(signed))
            {
                continue;
            }

            var money = CaseView.BringsMoney(c.Contract);
            decimal? basis = money ? c.Gross : c.Conversion?.ConvertedAmount;
            if (basis is { } b && CaseView.UniversityOrInstitute(c.Unit) && c.Contract.LandsInBaotou
                && b >= pack.Read(Baotou149.MajorProjectThreshold, signed).Value)
            {
                outcomes.Add(new MoneyOutcome(Beneficiary.TransferringUnit, c.Contract.Id, b * pack.Read(Baotou149.RegionalIncentiveRate, signed).Value));
            }

            decimal? team = null;
            if (money && CaseView.DefaultsApply(c.Unit))
            {
                team = c.Net * pack.Read(Baotou149.TransferLicenceNetIncomeShare, signed).Value;
            }

            // 可享有: a share the team may enjoy, beside (never instead of) the 80% it is owed; the two are not added.
            if (c.Contract.Mode == TransformationMode.Transfer && c.Achievement.HasNationalScienceAward && CaseView.UniversityOrInstitute(c.Unit))
            {
                outcomes.Add(new MoneyOutcome(Beneficiary.CompletingTeam, c.Contract.Id, c.Net * pack.Read(Baotou149.NationalAwardTransferShare, signed).Value));
            }

            if (!money && c.Conversion is { } q && CaseView.DefaultsApply(c.Unit))
            {
                team = q.ConvertedAmount * pack.Read(Baotou149.EquityShare, signed).Value;
            }

            if (team is { } owed)
            {
                outcomes.Add(new MoneyOutcome(Beneficiary.CompletingTeam, c.Contract.Id, owed));
            }
        }

        foreach (var profit in view.Profits)
        {
            var s = view.Implementations[profit.SelfImplementationId];
            var unit = view.Units[view.Achievements[s.AchievementId].UnitId];
            var produced = s.ProductionSucceededOn;
            if (!CaseView.DefaultsApply(unit) || !pack.IsInForceOn(produced))
            {
                continue;
            }

            var first = pack.Readings.ProfitYears == ProfitYearConvention.FirstFullYearAfterProduction ? produced.Year + 1 : produced.Year;
            var years = (int)pack.Read(Baotou149.OperatingProfitYears, produced).Value;
            // A year's profit is known once the fiscal year has ended by the evaluation date.
            if (profit.FiscalYear >= first && profit.FiscalYear < first + years && new LocalDate(profit.FiscalYear, 12, 31) <= evaluatedOn)
            {
                outcomes.Add(new MoneyOutcome(Beneficiary.CompletingTeam, profit.Id,
                    Math.Max(0m, profit.Amount) * pack.Read(Baotou149.OperatingProfitShare, produced).Value));
            }
        }

        foreach (var surplus in view.Surpluses)
        {
            if (surplus.Use == SurplusUse.InvestedInTransformation && CaseView.UniversityOrInstitute(view.Units[surplus.UnitId])
                && pack.IsInForceOn(surplus.DecidedOn))
            {
                outcomes.Add(new MoneyOutcome(Beneficiary.CommissionedProjectResearchers, surplus.Id,
                    surplus.Amount * pack.Read(Baotou149.SurplusResearcherShare, surplus.DecidedOn).Value));
            }
        }

        return MoneyOutcome.Sorted(outcomes);
    }
}
