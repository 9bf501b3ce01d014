using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Facts;

/// <summary>
/// Checks the relations between a case's facts, and lists every problem rather than stopping at the first: a caller fixes
/// them all in one round. Values inside one fact were already checked by its constructor.
/// </summary>
internal static class CaseValidator
{
    internal static IReadOnlyList<ValidationProblem> Problems(IncentiveCase incentiveCase)
    {
        var problems = new List<ValidationProblem>();
        var seen = new Dictionary<string, ICaseFact>(StringComparer.Ordinal);
        foreach (var fact in incentiveCase.Facts)
        {
            if (!seen.TryAdd(fact.Id, fact))
            {
                problems.Add(Problem(fact, "Id", $"duplicates the id of {seen[fact.Id].GetType().Name} '{fact.Id}': ids must be unique within a case"));
            }
        }

        var units = Index<Unit>(incentiveCase);
        var achievements = Index<Achievement>(incentiveCase);
        var contracts = Index<TechnologyContract>(incentiveCase);
        var implementations = Index<SelfImplementation>(incentiveCase);
        var useRights = Index<UseRightGrant>(incentiveCase);

        if (units.Count == 0)
        {
            problems.Add(new ValidationProblem(nameof(IncentiveCase), incentiveCase.Id, "Facts", "must include at least one Unit"));
        }

        foreach (var fact in incentiveCase.Facts)
        {
            switch (fact)
            {
                case Unit { StateEstablished: true, Kind: UnitKind.StateOwnedEnterprise } u:
                    problems.Add(Problem(u, nameof(u.StateEstablished),
                        "must not be true for a StateOwnedEnterprise: 第四十五条第二款 names 研究开发机构、高等院校, and an enterprise is neither; was true"));
                    break;
                case Achievement a:
                    RequireKnown(problems, a, nameof(a.UnitId), a.UnitId, units);
                    break;
                case PaymentReceived p:
                    RequireKnown(problems, p, nameof(p.ContractId), p.ContractId, contracts, paid => p.ReceivedOn >= paid.SignedOn ? null
                        : Problem(p, nameof(p.ReceivedOn),
                            $"is {p.ReceivedOn:yyyy-MM-dd}, before contract '{paid.Id}' was signed on {paid.SignedOn:yyyy-MM-dd}"));
                    break;
                case EquityConversion q:
                    RequireKnown(problems, q, nameof(q.ContractId), q.ContractId, contracts, invested =>
                        invested.Mode == TransformationMode.EquityInvestment ? null
                        : Problem(q, nameof(q.ContractId), $"names contract '{invested.Id}', which is a {invested.Mode}, not an EquityInvestment"));
                    break;
                case OperatingProfit o:
                    RequireKnown(problems, o, nameof(o.SelfImplementationId), o.SelfImplementationId, implementations, implemented =>
                        o.FiscalYear >= implemented.ProductionSucceededOn.Year ? null
                        : Problem(o, nameof(o.FiscalYear),
                            $"is {o.FiscalYear}, before production succeeded on {implemented.ProductionSucceededOn:yyyy-MM-dd}"));
                    break;
                case CommissionedResearchSurplus r:
                    RequireKnown(problems, r, nameof(r.UnitId), r.UnitId, units);
                    break;
                case UseRightExtension ue:
                    RequireKnown(problems, ue, nameof(ue.UseRightGrantId), ue.UseRightGrantId, useRights, extended =>
                        ue.RequestedOn >= extended.StartsOn ? null
                        : Problem(ue, nameof(ue.RequestedOn),
                            $"is {ue.RequestedOn:yyyy-MM-dd}, before use right '{extended.Id}' starts on {extended.StartsOn:yyyy-MM-dd}"));
                    break;
                case IPartOfAchievement part:
                    RequireKnown(problems, part, nameof(part.AchievementId), part.AchievementId, achievements);
                    break;
                case IPartOfContract part:
                    RequireKnown(problems, part, nameof(part.ContractId), part.ContractId, contracts);
                    break;
                case OwnRewardRates rr:
                    RequireKnown(problems, rr, nameof(rr.UnitId), rr.UnitId, units, rated => rated.OwnRewardTermsGovern ? null
                        : Problem(rr, nameof(rr.UnitId),
                            $"names unit '{rated.Id}', which has neither its own distribution rule nor a reward agreement: there are no own rates to give"));
                    break;
            }
        }

        AddDuplicates(problems, incentiveCase.FactsOf<OperatingProfit>(), o => (o.SelfImplementationId, o.FiscalYear),
            (o, first) => Problem(o, nameof(o.FiscalYear),
                $"is {o.FiscalYear}, a year that row '{first.Id}' already reports for self-implementation '{o.SelfImplementationId}': one row per year"));
        AddDuplicates(problems, incentiveCase.FactsOf<EquityConversion>(), q => q.ContractId,
            (q, first) => Problem(q, nameof(q.ContractId), $"names contract '{q.ContractId}', which conversion '{first.Id}' already values: one conversion per contract"));

        AddDuplicates(problems, incentiveCase.FactsOf<TransactionPublicity>(), p => p.ContractId,
            (p, first) => Problem(p, nameof(p.ContractId), $"names contract '{p.ContractId}', whose publicity record '{first.Id}' is already given: one per contract"));
        AddDuplicates(problems, incentiveCase.FactsOf<OwnRewardRates>(), r => r.UnitId,
            (r, first) => Problem(r, nameof(r.UnitId), $"names unit '{r.UnitId}', whose own rates row '{first.Id}' is already given: one per unit"));
        AddDuplicates(problems, incentiveCase.FactsOf<StateSecretDesignation>(), d => d.AchievementId,
            (d, first) => Problem(d, nameof(d.AchievementId), $"names achievement '{d.AchievementId}', which designation '{first.Id}' already marks as involving state secrets"));

        return problems;
    }

    private static Dictionary<string, TFact> Index<TFact>(IncentiveCase incentiveCase)
        where TFact : ICaseFact
    {
        var index = new Dictionary<string, TFact>(StringComparer.Ordinal);
        foreach (var fact in incentiveCase.FactsOf<TFact>())
        {
            index.TryAdd(fact.Id, fact);
        }

        return index;
    }

    /// <summary>Adds a problem when <paramref name="id"/> names no known fact, or the one it names disagrees with <paramref name="fact"/>.</summary>
    private static void RequireKnown<TTarget>(
        List<ValidationProblem> problems, ICaseFact fact, string field, string id, Dictionary<string, TTarget> known,
        Func<TTarget, ValidationProblem?>? disagreement = null)
        where TTarget : ICaseFact
    {
        if (!known.TryGetValue(id, out var target))
        {
            problems.Add(Problem(fact, field, $"names {typeof(TTarget).Name} '{id}', which is not in the case"));
        }
        else if (disagreement?.Invoke(target) is { } problem)
        {
            problems.Add(problem);
        }
    }

    private static void AddDuplicates<TFact, TKey>(
        List<ValidationProblem> problems, IEnumerable<TFact> facts, Func<TFact, TKey> key, Func<TFact, TFact, ValidationProblem> describe)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, TFact>();
        foreach (var fact in facts)
        {
            if (!first.TryAdd(key(fact), fact))
            {
                problems.Add(describe(fact, first[key(fact)]));
            }
        }
    }

    private static ValidationProblem Problem(ICaseFact fact, string field, string reason) =>
        new(fact.GetType().Name, fact.Id, field, reason);
}
