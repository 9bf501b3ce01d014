using Baotou.Incentives.Rules.Resolution;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// What must hold where clauses meet (MEASURES.md, 2026-12-05), read from a decision and its case without the rules' own
/// helpers, so that a rule that forgets one is caught:
/// <list type="bullet">
/// <item>a grant is set aside only by a grant of the same force (a permission never displaces an owed minimum);</item>
/// <item>从其规定 sets aside only a grant whose rule read a parameter the change names;</item>
/// <item>nothing is counted that the evaluation date cannot know (money received later, a fiscal year not ended);</item>
/// <item>every amount computed on a transformation （十二）blocks is qualified.</item>
/// </list>
/// </summary>
internal static class WhereClausesMeet
{
    internal static IReadOnlyList<string> Violations(IncentiveCase incentiveCase, IncentiveDecision decision, IReadOnlyList<PolicyPack> packs)
    {
        var problems = new List<string>();
        var all = decision.Entitlements.Concat(decision.SupersededEntitlements).ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var s in decision.Supersessions)
        {
            var (superseded, governing) = (all[s.SupersededId], all[s.GoverningId]);
            if (superseded.Modality != governing.Modality)
            {
                problems.Add($"{s.Id}: {governing.Id} ({governing.Modality}) set aside {superseded.Id} ({superseded.Modality}): grants of different force");
            }

            if (s.RuleId == ChangedProvisionGoverns.Id)
            {
                var change = packs.Single(p => p.Id == governing.PackId);
                var read = decision.Trace.Single(t => t.Produced.Contains(superseded.Id)).Parameters.Select(p => p.Parameter);
                if (!read.Intersect(change.ChangedParameters, StringComparer.Ordinal).Any())
                {
                    problems.Add($"{s.Id}: 从其规定 set aside {superseded.Id}, which reads none of {string.Join(", ", change.ChangedParameters)}");
                }
            }
        }

        var on = decision.EvaluationDate;
        var payments = incentiveCase.Facts.OfType<PaymentReceived>().ToArray();
        var deductions = incentiveCase.Facts.OfType<IncomeDeduction>().ToArray();
        foreach (var e in all.Values)
        {
            switch (e.BasisReason)
            {
                case NetIncomeOf n:
                    var net = Math.Max(0m, payments.Where(p => p.ContractId == n.ContractId && p.ReceivedOn <= on).Sum(p => p.Amount)
                        - deductions.Where(d => d.ContractId == n.ContractId).Sum(d => d.Amount));
                    if (e.Basis != net)
                    {
                        problems.Add($"{e.Id}: basis {e.Basis} is not the net income known on {on:yyyy-MM-dd}, {net}");
                    }

                    break;
                case MoneyReceivedUnder m:
                    var received = payments.Where(p => p.ContractId == m.ContractId && p.ReceivedOn <= on).Sum(p => p.Amount);
                    if (e.Basis != received)
                    {
                        problems.Add($"{e.Id}: basis {e.Basis} is not the money received by {on:yyyy-MM-dd}, {received}");
                    }

                    break;
                case OperatingProfitOf o when new LocalDate(o.FiscalYear, 12, 31) > on:
                    problems.Add($"{e.Id}: counts fiscal year {o.FiscalYear}, which had not ended on {on:yyyy-MM-dd}");
                    break;
            }
        }

        foreach (var blocked in decision.DeterminationsBy("149-12-transformation-blocked"))
        {
            foreach (var e in all.Values.Where(e => ContractOf(e.BasisReason) == blocked.SubjectFactId && e.QualifiedBy is null))
            {
                problems.Add($"{e.Id}: computed on {blocked.SubjectFactId}, which （十二）blocks, yet not qualified");
            }
        }

        return problems;
    }

    // Read by reflection, not through the library's own interface, so that a basis that forgets to declare its contract is caught.
    private static string? ContractOf(IReason reason) => reason.GetType().GetProperty("ContractId")?.GetValue(reason) as string;
}
