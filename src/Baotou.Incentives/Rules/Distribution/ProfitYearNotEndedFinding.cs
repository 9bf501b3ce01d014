using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>The finding both documents' rules make on a profit year not ended by the evaluation date: listed, not counted.</summary>
internal static class ProfitYearNotEndedFinding
{
    internal static Determination Decide(string ruleId, string clause, PolicyPack pack, ProfitYearNotEnded row) =>
        Outcome.Determination(ruleId, clause, pack, "profit-year", row.Profit.Id, DeterminationStatus.NotYetKnown, Modality.OwedMinimum,
            new Condition("fiscal-year-ended", false,
                new Outcomes.Reasons.ProfitYearNotEnded(row.Profit.Id, row.Profit.FiscalYear, row.YearEnds, row.EvaluationDate)));
}
