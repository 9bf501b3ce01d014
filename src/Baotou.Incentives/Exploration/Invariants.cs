using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules;
using Baotou.Incentives.Rules.Empowerment;
using Baotou.Incentives.Rules.Resolution;
using NodaTime;

namespace Baotou.Incentives.Exploration;

/// <summary>
/// What must hold for every case wherever clauses meet (MEASURES.md), read from a decision and its case without the
/// rules' own helpers, so that a rule that forgets one is caught. Each invariant has a stable name: a counterexample names it,
/// and a policy case lists it under <c>expected.invariants</c> for <c>verify</c> to check again.
/// </summary>
internal static class Invariants
{
    /// <summary>A decision says something, from each measure that reaches a fact, about that fact (<see cref="Reach"/>).</summary>
    internal const string NeverSilent = "never-silent";

    /// <summary>At most one governing grant of one force per beneficiary and income: overlapping grants are never added.</summary>
    internal const string OneGoverningGrant = "one-governing-grant";

    /// <summary>A grant is set aside only by a grant of the same force: a permission never sets aside an owed minimum.</summary>
    internal const string WeakerNeverSetsAsideStronger = "weaker-never-sets-aside-stronger";

    /// <summary>Nothing is counted that the evaluation date cannot know: money received later, a fiscal year not ended.</summary>
    internal const string NothingAfterEvaluationDate = "nothing-after-evaluation-date";

    /// <summary>Every amount computed on a transformation （十二）blocks is qualified (pending approval).</summary>
    internal const string BlockedAmountsQualified = "blocked-amounts-qualified";

    /// <summary>从其规定 sets aside only a grant whose rule read a parameter the change names.</summary>
    internal const string ChangeSetsAsideOnlyWhatItDrives = "change-sets-aside-only-what-it-drives";

    /// <summary>Raising an amount received or earned never lowers what governs.</summary>
    internal const string MonotoneInIncome = "monotone-in-income";

    /// <summary>The same case with its facts in another order gives the same decision and trace (the same record bytes).</summary>
    internal const string FactOrderIrrelevant = "fact-order-irrelevant";

    /// <summary>The decision's record, written and read back, replays as reproduced.</summary>
    internal const string ReplayReproduces = "replay-reproduces";

    /// <summary>Every invariant's name, in the order they are checked.</summary>
    internal static IReadOnlyList<string> All { get; } =
    [
        NeverSilent, OneGoverningGrant, WeakerNeverSetsAsideStronger, NothingAfterEvaluationDate, BlockedAmountsQualified,
        ChangeSetsAsideOnlyWhatItDrives, MonotoneInIncome, FactOrderIrrelevant, ReplayReproduces,
    ];

    /// <summary>The invariants read from one decision alone.</summary>
    internal static IReadOnlyList<Breach> OfDecision(IncentiveCase incentiveCase, IncentiveDecision decision, IReadOnlyList<PolicyPack> packs)
    {
        var problems = new List<Breach>();
        Silences(incentiveCase, decision, packs, problems);
        var all = decision.Entitlements.Concat(decision.SupersededEntitlements).GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var twice in decision.Entitlements.GroupBy(e => (e.Beneficiary, e.IncomeKey, e.Modality)).Where(g => g.Count() > 1))
        {
            problems.Add(new Breach(OneGoverningGrant, $"{string.Join(" and ", twice.Select(e => e.Id))} both govern {twice.Key.IncomeKey} for {twice.Key.Beneficiary} ({twice.Key.Modality})"));
        }

        foreach (var s in decision.Supersessions)
        {
            if (!all.TryGetValue(s.SupersededId, out var superseded) || !all.TryGetValue(s.GoverningId, out var governing))
            {
                continue;
            }

            if (superseded.Modality != governing.Modality)
            {
                problems.Add(new Breach(WeakerNeverSetsAsideStronger, $"{s.Id}: {governing.Id} ({governing.Modality}) set aside {superseded.Id} ({superseded.Modality}): grants of different force"));
            }

            if (s.RuleId == ChangedProvisionGoverns.Id && packs.FirstOrDefault(p => p.Id == governing.PackId) is { } change)
            {
                var read = decision.Trace.Where(t => t.Produced.Contains(superseded.Id)).SelectMany(t => t.Parameters).Select(p => p.Parameter);
                if (!read.Intersect(change.ChangedParameters, StringComparer.Ordinal).Any())
                {
                    problems.Add(new Breach(ChangeSetsAsideOnlyWhatItDrives, $"{s.Id}: 从其规定 set aside {superseded.Id}, which reads none of {string.Join(", ", change.ChangedParameters)}", Clauses.ChangedNationalRegionalPolicy));
                }
            }
        }

        Counted(incentiveCase, decision, all.Values, problems);
        foreach (var blocked in decision.Determinations.Where(d => d.RuleId == TransformationBlockedUntilApproved.Id))
        {
            foreach (var e in all.Values.Where(e => ContractOf(e.BasisReason) == blocked.SubjectFactId && e.QualifiedBy is null))
            {
                problems.Add(new Breach(BlockedAmountsQualified, $"{e.Id}: computed on {blocked.SubjectFactId}, which （十二）blocks, yet not qualified", Clauses.Measure12));
            }
        }

        return problems;
    }

    /// <summary>
    /// The invariants that need the case evaluated again: raised (<see cref="MonotoneInIncome"/>), its facts shuffled
    /// (<see cref="FactOrderIrrelevant"/>), and, when the engine is the library's own, its record replayed (<see cref="ReplayReproduces"/>).
    /// <paramref name="variant"/> picks the fact raised and the shuffle, so that a run is reproduced from its numbers.
    /// </summary>
    internal static IReadOnlyList<Breach> OfReevaluation(
        IncentiveCase incentiveCase, LocalDate on, IncentiveDecision decision, Func<IncentiveCase, LocalDate, IncentiveDecision> evaluate,
        IncentiveEngine? engine, int variant, decimal raiseBy)
    {
        var problems = new List<Breach>();
        var raisable = incentiveCase.Facts.Where(IsRaisable).ToArray();
        if (raisable.Length > 0)
        {
            var target = raisable[Math.Abs(variant % raisable.Length)];
            var raised = new IncentiveCase(incentiveCase.Id, incentiveCase.Facts.Select(f => ReferenceEquals(f, target) ? Raise(f, raiseBy) : f));
            var before = Owed(decision);
            var after = Owed(evaluate(raised, on));
            foreach (var (key, amount) in before)
            {
                if (!after.TryGetValue(key, out var now) || now < amount)
                {
                    problems.Add(new Breach(MonotoneInIncome, $"raising {target.Id} by {raiseBy} lowered {key.Item2} for {key.Item1} ({key.Item3}) from {amount} to {(after.ContainsKey(key) ? now.ToString(System.Globalization.CultureInfo.InvariantCulture) : "nothing")}"));
                }
            }
        }

        var facts = incentiveCase.Facts.ToArray();
        new Random(variant).Shuffle(facts);
        var shuffled = new IncentiveCase(incentiveCase.Id, facts);
        // A record is written from the case's facts in canonical order and from the decision: the same decision and trace
        // give the same bytes, so the texts are compared (the record's bytes cost more to make than the decision).
        if (DecisionText.Of(evaluate(shuffled, on)) != DecisionText.Of(decision))
        {
            problems.Add(new Breach(FactOrderIrrelevant,
                "the same facts in another order gave another decision or trace" + (engine is null ? string.Empty : ", so a record of other bytes")));
        }

        if (engine is null)
        {
            return problems;
        }

        // Every record is replayed; every tenth is first written and read back, which costs three times its replay.
        var record = Records.DecisionRecord.Of(engine, incentiveCase, decision);
        var replay = Replay.RecordReplay.Replay(engine, variant % 10 == 0 ? Records.DecisionRecord.Parse(record.ToJson()) : record);
        if (replay.Verdict != Replay.ReplayVerdict.Reproduced)
        {
            problems.Add(new Breach(ReplayReproduces, $"the record replays as {replay.Verdict}{(replay.FirstDifference is { } d ? $" at {d.Path}" : string.Empty)}"));
        }

        return problems;
    }

    /// <summary>
    /// Which measures reach which facts, as the explorer reads the texts: under a document of its own in force on a contract's
    /// signing date, 149号's （七） and （八） each say something about every contract (a share, a recommendation, or why not),
    /// and the law's 第四十五条 says something about every contract, under the item its mode falls in. (A profit year is not in the
    /// map: a year past the law's term of 三至五年 is one the law does not reach, and says nothing of.) A contract signed after the
    /// evaluation date reaches nothing yet, nor does an equity investment before its equity is valued (no equity formed yet:
    /// the decision says nothing of it, which docs/EXPLORE.md lists as a silence left to the rules' authors).
    /// </summary>
    internal static IEnumerable<(string Clause, string? OrClause, string PackId, string FactId)> Reach(IncentiveCase incentiveCase, LocalDate on, IReadOnlyList<PolicyPack> packs)
    {
        var ofItsOwn = packs.Where(p => p.ChangesPackId is null).ToArray();
        var equityFormed = incentiveCase.Facts.OfType<EquityConversion>().Where(q => q.ValuedOn <= on).Select(q => q.ContractId).ToHashSet(StringComparer.Ordinal);
        foreach (var pack in ofItsOwn)
        {
            foreach (var contract in incentiveCase.Facts.OfType<TechnologyContract>().Where(c => pack.IsInForceOn(c.SignedOn) && c.SignedOn <= on
                && (c.Mode != TransformationMode.EquityInvestment || equityFormed.Contains(c.Id))))
            {
                if (pack.RuleSet == RuleSets.Baotou149)
                {
                    yield return (Clauses.Measure7, null, pack.Id, contract.Id);
                    yield return (Clauses.Measure8, null, pack.Id, contract.Id);
                }
                else if (pack.RuleSet == RuleSets.NationalLaw2015)
                {
                    // Or its second paragraph: where the unit has its own rule or agreement, that governs instead of the items.
                    yield return (contract.Mode == TransformationMode.EquityInvestment ? Clauses.Law2015Article45Item2 : Clauses.Law2015Article45Item1,
                        Clauses.Law2015Article45Paragraph2, pack.Id, contract.Id);
                }
            }
        }
    }

    private static void Silences(IncentiveCase incentiveCase, IncentiveDecision decision, IReadOnlyList<PolicyPack> packs, List<Breach> problems)
    {
        if (decision.Entitlements.Count + decision.Determinations.Count + decision.Obligations.Count == 0)
        {
            problems.Add(new Breach(NeverSilent, "the decision says nothing at all"));
            return;
        }

        var said = decision.Entitlements.Concat(decision.SupersededEntitlements).Select(e => (e.Clause, e.SubjectFactId))
            .Concat(decision.Determinations.Select(d => (d.Clause, d.SubjectFactId)))
            .Concat(decision.Obligations.Select(o => (o.Clause, o.SubjectFactId)))
            .ToHashSet();

        // About a contract, or about the achievement or unit it hangs from (a unit's own terms govern every contract of it).
        var achievements = incentiveCase.Facts.OfType<Achievement>().ToDictionary(a => a.Id, a => a.UnitId, StringComparer.Ordinal);
        var contracts = incentiveCase.Facts.OfType<TechnologyContract>().ToDictionary(c => c.Id, c => c.AchievementId, StringComparer.Ordinal);
        foreach (var (clause, orClause, packId, factId) in Reach(incentiveCase, decision.EvaluationDate, packs).Distinct())
        {
            var achievement = contracts.GetValueOrDefault(factId);
            var unit = achievement is null ? null : achievements.GetValueOrDefault(achievement);
            bool About(string c) => said.Contains((c, factId)) || (achievement is not null && said.Contains((c, achievement))) || (unit is not null && said.Contains((c, unit)));
            if (!About(clause) && (orClause is null || !About(orClause)))
            {
                problems.Add(new Breach(NeverSilent, $"{clause} under {packId} says nothing about {factId}", clause));
            }
        }
    }

    private static void Counted(IncentiveCase incentiveCase, IncentiveDecision decision, IEnumerable<Entitlement> all, List<Breach> problems)
    {
        var on = decision.EvaluationDate;
        var payments = incentiveCase.Facts.OfType<PaymentReceived>().ToArray();
        var deductions = incentiveCase.Facts.OfType<IncomeDeduction>().ToArray();
        foreach (var e in all)
        {
            switch (e.BasisReason)
            {
                case NetIncomeOf n:
                    var net = Math.Max(0m, payments.Where(p => p.ContractId == n.ContractId && p.ReceivedOn <= on).Sum(p => p.Amount)
                        - deductions.Where(d => d.ContractId == n.ContractId).Sum(d => d.Amount));
                    if (e.Basis != net)
                    {
                        problems.Add(new Breach(NothingAfterEvaluationDate, $"{e.Id}: basis {e.Basis} is not the net income known on {on:yyyy-MM-dd}, {net}"));
                    }

                    break;
                case MoneyReceivedUnder m:
                    var received = payments.Where(p => p.ContractId == m.ContractId && p.ReceivedOn <= on).Sum(p => p.Amount);
                    if (e.Basis != received)
                    {
                        problems.Add(new Breach(NothingAfterEvaluationDate, $"{e.Id}: basis {e.Basis} is not the money received by {on:yyyy-MM-dd}, {received}"));
                    }

                    break;
                case OperatingProfitOf o when new LocalDate(o.FiscalYear, 12, 31) > on:
                    problems.Add(new Breach(NothingAfterEvaluationDate, $"{e.Id}: counts fiscal year {o.FiscalYear}, which had not ended on {on:yyyy-MM-dd}"));
                    break;
            }
        }
    }

    /// <summary>What governs per beneficiary, income and force; of two that govern together (a breach of its own), the last.</summary>
    private static Dictionary<(Beneficiary, string, Modality), decimal> Owed(IncentiveDecision decision) =>
        decision.Entitlements.GroupBy(e => (e.Beneficiary, e.IncomeKey, e.Modality)).ToDictionary(g => g.Key, g => g.Last().MinimumAmount);

    /// <summary>Whether a fact carries an amount the income or basis grows with (the monotonicity invariant raises it).</summary>
    internal static bool IsRaisable(ICaseFact fact) =>
        fact is PaymentReceived or OperatingProfit or CommissionedResearchSurplus or EquityConversion;

    /// <summary>The same fact with its amount raised by <paramref name="by"/> yuan.</summary>
    internal static ICaseFact Raise(ICaseFact fact, decimal by) => fact switch
    {
        PaymentReceived p => new PaymentReceived(p.Id, p.ContractId, p.ReceivedOn, p.Amount + by),
        OperatingProfit o => new OperatingProfit(o.Id, o.SelfImplementationId, o.FiscalYear, o.Amount + by),
        CommissionedResearchSurplus s => new CommissionedResearchSurplus(s.Id, s.UnitId, s.ProjectName, s.DecidedOn, s.Amount + by, s.Use),
        EquityConversion q => new EquityConversion(q.Id, q.ContractId, q.ValuedOn, q.ConvertedAmount + by, q.EquityShareFormed),
        _ => fact,
    };

    // Read by reflection, not through the library's own interface, so that a basis that forgets to declare its contract is caught.
    private static string? ContractOf(IReason reason) => reason.GetType().GetProperty("ContractId")?.GetValue(reason) as string;
}
