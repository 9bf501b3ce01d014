using System.Linq.Expressions;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NodaTime;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Baotou.Incentives.Benchmarks.Peers;

/// <summary>How the RulesEngine peer computes a rule's amount once its condition holds.</summary>
public enum RulesEngineAmounts
{
    /// <summary>Each rule's amount expression parsed by RulesEngine and compiled once into a typed delegate; actions off.</summary>
    CompiledOnce,

    /// <summary>Each rule's amount returned by RulesEngine's built-in <c>OutputExpression</c> action, run by the engine.</summary>
    OutputExpression,
}

/// <summary>
/// The peer: the same money measures as <see cref="HandWrittenRules"/>, written for Microsoft RulesEngine 6 the way a skilled
/// user writes them. Each kind of row (transfer-office engagement, contract, profit year, surplus) has its own workflow, so a
/// row meets only the rules that are about it; each workflow takes one typed input, the row, which carries the pack's rates
/// for its own date (read once when the row is built, only those its rules use). Conditions are RulesEngine lambda
/// expressions. Amounts are either compiled once from RulesEngine's own expression parser and run after the condition holds
/// (<see cref="RulesEngineAmounts.CompiledOnce"/>, <c>AutoExecuteActions = false</c>), or returned by the
/// <c>OutputExpression</c> action (<see cref="RulesEngineAmounts.OutputExpression"/>). 从高从新不重复 is applied afterwards
/// (the highest of one beneficiary's amounts on one fact), as such users would: RulesEngine has no rule over results.
/// </summary>
public sealed class RulesEnginePeer
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, PeerRule> _rules;
    private readonly RulesEngineAmounts _amounts;

    public RulesEnginePeer(RulesEngineAmounts amounts = RulesEngineAmounts.CompiledOnce)
    {
        _amounts = amounts;
        var settings = new ReSettings { AutoExecuteActions = amounts == RulesEngineAmounts.OutputExpression };
        var parser = new RuleExpressionParser(settings);
        _rules = Definitions.ToDictionary(d => d.Name, d => new PeerRule(d.Beneficiary, d.MayEnjoy, Compile(parser, d)));
        _engine = new RulesEngine.RulesEngine(
            Definitions.GroupBy(d => d.Workflow).Select(g => Workflow(g.Key, g, amounts)).ToArray(), settings);
    }

    public IReadOnlyList<MoneyOutcome> Compute(IncentiveCase incentiveCase, PolicyPack pack, LocalDate evaluatedOn)
    {
        var view = new CaseView(incentiveCase, evaluatedOn);
        var best = new Dictionary<(Beneficiary, string, bool), decimal>();

        foreach (var e in view.Engagements)
        {
            Run(TransferOfficeRow.Of(e, view.Contracts[e.ContractId], pack), e.Id, best);
        }

        foreach (var c in view.Contracts.Values)
        {
            Run(ContractRow.Of(c, pack), c.Contract.Id, best);
        }

        foreach (var p in view.Profits)
        {
            var s = view.Implementations[p.SelfImplementationId];
            Run(ProfitRow.Of(p, s, view.Units[view.Achievements[s.AchievementId].UnitId], pack, evaluatedOn), p.Id, best);
        }

        foreach (var s in view.Surpluses)
        {
            Run(SurplusRow.Of(s, view.Units[s.UnitId], pack), s.Id, best);
        }

        return MoneyOutcome.Sorted(best.Select(p => new MoneyOutcome(p.Key.Item1, p.Key.Item2, p.Value)));
    }

    // Grants of one force on one subject: the higher governs; a share the team may enjoy stands beside what it is owed.
    private void Run<TRow>(TRow row, string subjectId, Dictionary<(Beneficiary, string, bool), decimal> best)
        where TRow : IPeerRow
    {
        var results = _engine.ExecuteAllRulesAsync(TRow.Workflow, RuleParameter.Create("row", row)).GetAwaiter().GetResult();
        foreach (var result in results)
        {
            if (!result.IsSuccess)
            {
                continue;
            }

            var rule = _rules[result.Rule.RuleName];
            var amount = _amounts == RulesEngineAmounts.CompiledOnce
                ? ((Func<TRow, decimal>)rule.Amount)(row)
                : Convert.ToDecimal(result.ActionResult.Output, System.Globalization.CultureInfo.InvariantCulture);
            var key = (rule.Beneficiary, subjectId, rule.MayEnjoy);
            best[key] = best.TryGetValue(key, out var other) ? Math.Max(other, amount) : amount;
        }
    }

    private static readonly RuleDefinition[] Definitions =
    [
        new(TransferOfficeRow.Workflow, typeof(TransferOfficeRow), "149-5-tto", Beneficiary.TransferOfficeStaff,
            "row.Covered AND row.BringsMoney", "row.Net * row.Share"),
        new(ContractRow.Workflow, typeof(ContractRow), "149-7-regional", Beneficiary.TransferringUnit,
            "row.Covered AND row.UniversityOrInstitute AND row.LandsInBaotou AND row.HasBasis AND row.Basis >= row.Threshold",
            "row.Basis * row.RegionalRate"),
        new(ContractRow.Workflow, typeof(ContractRow), "149-8-net-income", Beneficiary.CompletingTeam,
            "row.Covered AND row.BringsMoney AND row.DefaultsApply", "row.Net * row.NetIncomeShare"),
        new(ContractRow.Workflow, typeof(ContractRow), "149-8-national-award", Beneficiary.CompletingTeam,
            "row.Covered AND row.IsTransfer AND row.NationalAward AND row.UniversityOrInstitute", "row.Net * row.AwardShare", MayEnjoy: true),
        new(ContractRow.Workflow, typeof(ContractRow), "149-8-equity", Beneficiary.CompletingTeam,
            "row.Covered AND row.IsEquity AND row.HasBasis AND row.DefaultsApply", "row.Basis * row.EquityShare"),
        new(ProfitRow.Workflow, typeof(ProfitRow), "149-8-profit", Beneficiary.CompletingTeam,
            "row.Covered AND row.DefaultsApply AND row.YearEnded AND row.ProfitYear >= 1 AND row.ProfitYear <= row.ProfitYears",
            "(row.Amount > 0 ? row.Amount : 0) * row.Share"),
        new(SurplusRow.Workflow, typeof(SurplusRow), "149-9-surplus", Beneficiary.CommissionedProjectResearchers,
            "row.Covered AND row.Invested AND row.UniversityOrInstitute", "row.Amount * row.Share"),
    ];

    /// <summary>The amount as a typed delegate over the row, from RulesEngine's own parser: what RulesEngine compiles for a condition.</summary>
    private static Delegate Compile(RuleExpressionParser parser, RuleDefinition definition)
    {
        var row = Expression.Parameter(definition.RowType, "row");
        var body = parser.Parse(definition.Amount, [row], typeof(decimal));
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(definition.RowType, typeof(decimal)), body, row).Compile();
    }

    private static Workflow Workflow(string name, IEnumerable<RuleDefinition> rules, RulesEngineAmounts amounts) => new()
    {
        WorkflowName = name,
        Rules = rules.Select(d => new Rule
        {
            RuleName = d.Name,
            SuccessEvent = d.Beneficiary.ToString(),
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = d.Condition,
            Actions = amounts == RulesEngineAmounts.OutputExpression
                ? new RuleActions
                {
                    OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = d.Amount } },
                }
                : null,
        }).ToArray(),
    };

    private sealed record RuleDefinition(string Workflow, Type RowType, string Name, Beneficiary Beneficiary, string Condition, string Amount, bool MayEnjoy = false);

    private sealed record PeerRule(Beneficiary Beneficiary, bool MayEnjoy, Delegate Amount);

    /// <summary>A row of one kind, with the workflow that holds its rules.</summary>
    public interface IPeerRow
    {
        static abstract string Workflow { get; }
    }

    /// <summary>The rates of a row's date, or none when the pack is not in force then (its rules do not fire: <c>Covered</c> is false).</summary>
    private static decimal Rate(PolicyPack pack, PolicyParameter parameter, LocalDate on, bool covered) =>
        covered ? pack.Read(parameter, on).Value : 0m;

    /// <summary>（五）: an engagement of the transfer office, with its contract's net income and the staff's share.</summary>
    public sealed record TransferOfficeRow(bool Covered, bool BringsMoney, decimal Net, decimal Share) : IPeerRow
    {
        public static string Workflow => "baotou-149-transfer-office";

        internal static TransferOfficeRow Of(TransferOfficeEngagement engagement, CaseView.ContractView c, PolicyPack pack)
        {
            var covered = pack.IsInForceOn(c.Contract.SignedOn);
            return new(covered, CaseView.BringsMoney(c.Contract), c.Net, Rate(pack, Baotou149.TransferOfficeRewardShare, c.Contract.SignedOn, covered));
        }
    }

    /// <summary>（七）（八）: a contract with its unit, achievement, income, basis and the rates of its signing date.</summary>
    public sealed record ContractRow(
        bool Covered, bool UniversityOrInstitute, bool DefaultsApply, bool NationalAward, bool BringsMoney, bool IsTransfer, bool IsEquity,
        bool LandsInBaotou, decimal Net, bool HasBasis, decimal Basis,
        decimal Threshold, decimal RegionalRate, decimal NetIncomeShare, decimal AwardShare, decimal EquityShare) : IPeerRow
    {
        public static string Workflow => "baotou-149-contract";

        internal static ContractRow Of(CaseView.ContractView c, PolicyPack pack)
        {
            var on = c.Contract.SignedOn;
            var covered = pack.IsInForceOn(on);
            var money = CaseView.BringsMoney(c.Contract);
            decimal? basis = money ? c.Gross : c.Conversion?.ConvertedAmount;
            return new(
                covered, CaseView.UniversityOrInstitute(c.Unit), CaseView.DefaultsApply(c.Unit), c.Achievement.HasNationalScienceAward, money,
                c.Contract.Mode == TransformationMode.Transfer, c.Contract.Mode == TransformationMode.EquityInvestment, c.Contract.LandsInBaotou,
                c.Net, basis is not null, basis ?? 0m,
                Rate(pack, Baotou149.MajorProjectThreshold, on, covered), Rate(pack, Baotou149.RegionalIncentiveRate, on, covered),
                Rate(pack, Baotou149.TransferLicenceNetIncomeShare, on, covered), Rate(pack, Baotou149.NationalAwardTransferShare, on, covered),
                Rate(pack, Baotou149.EquityShare, on, covered));
        }
    }

    /// <summary>（八）: a year's operating profit of a self-implementation, counted from the pack's first profit year.</summary>
    public sealed record ProfitRow(bool Covered, bool DefaultsApply, bool YearEnded, int ProfitYear, int ProfitYears, decimal Amount, decimal Share) : IPeerRow
    {
        public static string Workflow => "baotou-149-profit";

        internal static ProfitRow Of(OperatingProfit profit, SelfImplementation s, Unit unit, PolicyPack pack, LocalDate evaluatedOn)
        {
            var produced = s.ProductionSucceededOn;
            var covered = pack.IsInForceOn(produced);
            var first = pack.Readings.ProfitYears == ProfitYearConvention.FirstFullYearAfterProduction ? produced.Year + 1 : produced.Year;
            return new(covered, CaseView.DefaultsApply(unit), new LocalDate(profit.FiscalYear, 12, 31) <= evaluatedOn, profit.FiscalYear - first + 1,
                (int)Rate(pack, Baotou149.OperatingProfitYears, produced, covered), profit.Amount, Rate(pack, Baotou149.OperatingProfitShare, produced, covered));
        }
    }

    /// <summary>（九）: a commissioned project's surplus with its use and the researchers' share.</summary>
    public sealed record SurplusRow(bool Covered, bool Invested, bool UniversityOrInstitute, decimal Amount, decimal Share) : IPeerRow
    {
        public static string Workflow => "baotou-149-surplus";

        internal static SurplusRow Of(CommissionedResearchSurplus s, Unit unit, PolicyPack pack)
        {
            var covered = pack.IsInForceOn(s.DecidedOn);
            return new(covered, s.Use == SurplusUse.InvestedInTransformation, CaseView.UniversityOrInstitute(unit), s.Amount,
                Rate(pack, Baotou149.SurplusResearcherShare, s.DecidedOn, covered));
        }
    }
}
