using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NodaTime;
using RulesEngine.Models;

namespace Baotou.Incentives.Benchmarks.Peers;

/// <summary>
/// The peer: the same money measures written for Microsoft RulesEngine 6, as its users write them. RulesEngine has no joins
/// or chaining, so each fact is flattened into one input row (by <see cref="CaseView"/>) and every rule of the workflow
/// runs on every row; the rates come in as a second input read from the same pack. Rules return their amount through the
/// built-in <c>OutputExpression</c> action. 从高从新不重复 is applied afterwards, as such users would.
/// </summary>
public sealed class RulesEnginePeer
{
    private const string WorkflowName = "baotou-149-money";
    private readonly RulesEngine.RulesEngine _engine;

    public RulesEnginePeer()
    {
        _engine = new RulesEngine.RulesEngine([Workflow()], new ReSettings());
    }

    public IReadOnlyList<MoneyOutcome> Compute(IncentiveCase incentiveCase, PolicyPack pack, LocalDate evaluatedOn)
    {
        var view = new CaseView(incentiveCase, evaluatedOn);
        var best = new Dictionary<(Beneficiary, string), decimal>();
        foreach (var row in Rows(view, pack))
        {
            var rates = Rates.For(pack, row.EventDate);
            var results = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("row", row), new RuleParameter("rates", rates))
                .GetAwaiter().GetResult();
            foreach (var result in results)
            {
                if (!result.IsSuccess || result.ActionResult?.Output is null)
                {
                    continue;
                }

                var key = (Enum.Parse<Beneficiary>(result.Rule.SuccessEvent), row.SubjectId);
                var amount = Convert.ToDecimal(result.ActionResult.Output, System.Globalization.CultureInfo.InvariantCulture);
                best[key] = best.TryGetValue(key, out var other) ? Math.Max(other, amount) : amount;
            }
        }

        return MoneyOutcome.Sorted(best.Select(p => new MoneyOutcome(p.Key.Item1, p.Key.Item2, p.Value)));
    }

    private static IEnumerable<Row> Rows(CaseView view, PolicyPack pack)
    {
        foreach (var e in view.Engagements)
        {
            var c = view.Contracts[e.ContractId];
            yield return Row.Of("tto", e.Id, c.Contract.SignedOn, pack, c.Unit, c.Achievement, c.Contract) with { Net = c.Net };
        }

        foreach (var c in view.Contracts.Values)
        {
            yield return Row.Of("contract", c.Contract.Id, c.Contract.SignedOn, pack, c.Unit, c.Achievement, c.Contract) with
            {
                Gross = c.Gross,
                Net = c.Net,
                Basis = CaseView.BringsMoney(c.Contract) ? c.Gross : c.Conversion?.ConvertedAmount ?? -1m,
            };
        }

        foreach (var p in view.Profits)
        {
            var s = view.Implementations[p.SelfImplementationId];
            var achievement = view.Achievements[s.AchievementId];
            var first = pack.Readings.ProfitYears == ProfitYearConvention.FirstFullYearAfterProduction
                ? s.ProductionSucceededOn.Year + 1 : s.ProductionSucceededOn.Year;
            yield return Row.Of("profit", p.Id, s.ProductionSucceededOn, pack, view.Units[achievement.UnitId], achievement, null) with
            {
                Amount = p.Amount,
                ProfitYear = p.FiscalYear - first + 1,
            };
        }

        foreach (var s in view.Surpluses)
        {
            yield return Row.Of("surplus", s.Id, s.DecidedOn, pack, view.Units[s.UnitId], null, null) with
            {
                Amount = s.Amount,
                Invested = s.Use == SurplusUse.InvestedInTransformation,
            };
        }
    }

    private static Workflow Workflow() => new()
    {
        WorkflowName = WorkflowName,
        Rules =
        [
            Rule("149-5-tto", Beneficiary.TransferOfficeStaff,
                "row.Kind == \"tto\" AND row.Covered AND row.BringsMoney", "row.Net * rates.TransferOfficeShare"),
            Rule("149-7-regional", Beneficiary.TransferringUnit,
                "row.Kind == \"contract\" AND row.Covered AND row.UniversityOrInstitute AND row.LandsInBaotou AND row.Basis >= rates.Threshold",
                "row.Basis * rates.RegionalRate"),
            Rule("149-8-net-income", Beneficiary.CompletingTeam,
                "row.Kind == \"contract\" AND row.Covered AND row.BringsMoney AND row.DefaultsApply", "row.Net * rates.NetIncomeShare"),
            Rule("149-8-national-award", Beneficiary.CompletingTeam,
                "row.Kind == \"contract\" AND row.Covered AND row.IsTransfer AND row.NationalAward AND row.UniversityOrInstitute",
                "row.Net * rates.AwardShare"),
            Rule("149-8-equity", Beneficiary.CompletingTeam,
                "row.Kind == \"contract\" AND row.Covered AND row.IsEquity AND row.Basis >= 0 AND row.DefaultsApply", "row.Basis * rates.EquityShare"),
            Rule("149-8-profit", Beneficiary.CompletingTeam,
                "row.Kind == \"profit\" AND row.Covered AND row.DefaultsApply AND row.ProfitYear >= 1 AND row.ProfitYear <= rates.ProfitYears",
                "(row.Amount > 0 ? row.Amount : 0) * rates.ProfitShare"),
            Rule("149-9-surplus", Beneficiary.CommissionedProjectResearchers,
                "row.Kind == \"surplus\" AND row.Covered AND row.Invested AND row.UniversityOrInstitute", "row.Amount * rates.SurplusShare"),
        ],
    };

    private static Rule Rule(string name, Beneficiary beneficiary, string condition, string amount) => new()
    {
        RuleName = name,
        SuccessEvent = beneficiary.ToString(),
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = condition,
        Actions = new RuleActions
        {
            OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = amount } },
        },
    };

    /// <summary>One flattened fact, as RulesEngine sees it.</summary>
    public sealed record Row(
        string Kind,
        string SubjectId,
        LocalDate EventDate,
        bool Covered,
        bool UniversityOrInstitute,
        bool DefaultsApply,
        bool NationalAward,
        bool BringsMoney,
        bool IsTransfer,
        bool IsEquity,
        bool LandsInBaotou)
    {
        public decimal Gross { get; init; }

        public decimal Net { get; init; }

        public decimal Basis { get; init; }

        public decimal Amount { get; init; }

        public int ProfitYear { get; init; }

        public bool Invested { get; init; }

        internal static Row Of(string kind, string subjectId, LocalDate eventDate, PolicyPack pack, Unit unit, Achievement? achievement, TechnologyContract? contract) =>
            new(kind, subjectId, eventDate, pack.IsInForceOn(eventDate), CaseView.UniversityOrInstitute(unit), CaseView.DefaultsApply(unit),
                achievement?.HasNationalScienceAward ?? false, contract is not null && CaseView.BringsMoney(contract),
                contract?.Mode == TransformationMode.Transfer, contract?.Mode == TransformationMode.EquityInvestment, contract?.LandsInBaotou ?? false);
    }

    /// <summary>The pack's numbers for an event date, as RulesEngine's second input.</summary>
    public sealed record Rates(
        decimal TransferOfficeShare, decimal Threshold, decimal RegionalRate, decimal NetIncomeShare, decimal AwardShare,
        decimal EquityShare, decimal ProfitShare, int ProfitYears, decimal SurplusShare)
    {
        internal static Rates For(PolicyPack pack, LocalDate on)
        {
            // A row dated before the pack has no values; its rules are not covered anyway, so the first values stand in.
            var at = pack.IsInForceOn(on) ? on : pack.EffectiveFrom;
            return new Rates(
                pack.Read(Baotou149.TransferOfficeRewardShare, at).Value,
                pack.Read(Baotou149.MajorProjectThreshold, at).Value,
                pack.Read(Baotou149.RegionalIncentiveRate, at).Value,
                pack.Read(Baotou149.TransferLicenceNetIncomeShare, at).Value,
                pack.Read(Baotou149.NationalAwardTransferShare, at).Value,
                pack.Read(Baotou149.EquityShare, at).Value,
                pack.Read(Baotou149.OperatingProfitShare, at).Value,
                (int)pack.Read(Baotou149.OperatingProfitYears, at).Value,
                pack.Read(Baotou149.SurplusResearcherShare, at).Value);
        }
    }
}
