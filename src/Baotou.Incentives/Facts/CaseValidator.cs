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
                    RequireKnown(problems, a, nameof(a.UnitId), a.UnitId, units, nameof(Unit));
                    break;
                case PaymentReceived p:
                    if (RequireKnown(problems, p, nameof(p.ContractId), p.ContractId, contracts, nameof(TechnologyContract)) is { } paid
                        && p.ReceivedOn < paid.SignedOn)
                    {
                        problems.Add(Problem(p, nameof(p.ReceivedOn),
                            $"is {p.ReceivedOn:yyyy-MM-dd}, before contract '{paid.Id}' was signed on {paid.SignedOn:yyyy-MM-dd}"));
                    }

                    break;
                case EquityConversion q:
                    if (RequireKnown(problems, q, nameof(q.ContractId), q.ContractId, contracts, nameof(TechnologyContract)) is { } invested
                        && invested.Mode != TransformationMode.EquityInvestment)
                    {
                        problems.Add(Problem(q, nameof(q.ContractId), $"names contract '{invested.Id}', which is a {invested.Mode}, not an EquityInvestment"));
                    }

                    break;
                case OperatingProfit o:
                    if (RequireKnown(problems, o, nameof(o.SelfImplementationId), o.SelfImplementationId, implementations, nameof(SelfImplementation)) is { } implemented
                        && o.FiscalYear < implemented.ProductionSucceededOn.Year)
                    {
                        problems.Add(Problem(o, nameof(o.FiscalYear),
                            $"is {o.FiscalYear}, before production succeeded on {implemented.ProductionSucceededOn:yyyy-MM-dd}"));
                    }

                    break;
                case CommissionedResearchSurplus r:
                    RequireKnown(problems, r, nameof(r.UnitId), r.UnitId, units, nameof(Unit));
                    break;
                case UseRightExtension ue:
                    if (RequireKnown(problems, ue, nameof(ue.UseRightGrantId), ue.UseRightGrantId, useRights, nameof(UseRightGrant)) is { } extended
                        && ue.RequestedOn < extended.StartsOn)
                    {
                        problems.Add(Problem(ue, nameof(ue.RequestedOn),
                            $"is {ue.RequestedOn:yyyy-MM-dd}, before use right '{extended.Id}' starts on {extended.StartsOn:yyyy-MM-dd}"));
                    }

                    break;
                case IPartOfAchievement part:
                    RequireKnown(problems, part, nameof(part.AchievementId), part.AchievementId, achievements, nameof(Achievement));
                    break;
                case IPartOfContract part:
                    RequireKnown(problems, part, nameof(part.ContractId), part.ContractId, contracts, nameof(TechnologyContract));
                    break;
                case OwnRewardRates rr:
                    if (RequireKnown(problems, rr, nameof(rr.UnitId), rr.UnitId, units, nameof(Unit)) is { } rated && !rated.OwnRewardTermsGovern)
                    {
                        problems.Add(Problem(rr, nameof(rr.UnitId), $"names unit '{rated.Id}', which has neither its own distribution rule nor a reward agreement: there are no own rates to give"));
                    }

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

    private static TTarget? RequireKnown<TTarget>(
        List<ValidationProblem> problems, ICaseFact fact, string field, string id, Dictionary<string, TTarget> known, string targetKind)
        where TTarget : class
    {
        if (known.TryGetValue(id, out var target))
        {
            return target;
        }

        problems.Add(Problem(fact, field, $"names {targetKind} '{id}', which is not in the case"));
        return null;
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
