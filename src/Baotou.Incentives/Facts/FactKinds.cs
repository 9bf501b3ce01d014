namespace Baotou.Incentives.Facts;

/// <summary>The kinds of fact a case may hold, in the canonical order the engine inserts them.</summary>
internal static class FactKinds
{
    internal static readonly IReadOnlyList<Type> InCanonicalOrder =
    [
        typeof(Unit),
        typeof(Achievement),
        typeof(TechnologyContract),
        typeof(PaymentReceived),
        typeof(IncomeDeduction),
        typeof(EquityConversion),
        typeof(TransferOfficeEngagement),
        typeof(SelfImplementation),
        typeof(OperatingProfit),
        typeof(CommissionedResearchSurplus),
        typeof(OwnershipArrangement),
        typeof(UseRightGrant),
        typeof(UseRightExtension),
        typeof(StateSecretDesignation),
        typeof(SecrecyApproval),
        typeof(PilotPlatform),
        typeof(CommissionerEngagement),
        typeof(TransactionPublicity),
        typeof(LiabilityReview),
        typeof(OwnRewardRates),
        typeof(TransferServiceAgency),
    ];

    private static readonly Dictionary<Type, int> Rank =
        InCanonicalOrder.Select((type, index) => (type, index)).ToDictionary(p => p.type, p => p.index);

    /// <summary>
    /// Kinds that come together in a case: a contract brings payments, deductions and the like. The engine compiles one rule
    /// session per combination of families a case has, so the number of combinations, and of compilations, stays small.
    /// </summary>
    private static readonly Type[][] Families =
    [
        [typeof(Unit), typeof(Achievement)],
        [typeof(TechnologyContract), typeof(PaymentReceived), typeof(IncomeDeduction), typeof(EquityConversion), typeof(TransferOfficeEngagement)],
        [typeof(SelfImplementation), typeof(OperatingProfit)],
        [typeof(CommissionedResearchSurplus)],
        [typeof(OwnershipArrangement), typeof(UseRightGrant), typeof(UseRightExtension), typeof(StateSecretDesignation), typeof(SecrecyApproval)],
        [typeof(PilotPlatform), typeof(CommissionerEngagement), typeof(TransferServiceAgency)],
        [typeof(TransactionPublicity), typeof(LiabilityReview)],
        [typeof(OwnRewardRates)],
    ];

    private static readonly long[] FamilyMaskByRank = InCanonicalOrder
        .Select(type => Families.Single(f => f.Contains(type)).Aggregate(0L, (mask, member) => mask | (1L << Rank[member])))
        .ToArray();

    /// <summary>The bits (by rank) of every kind in the family of this fact's kind.</summary>
    internal static long FamilyMaskOf(ICaseFact fact) => FamilyMaskByRank[RankOf(fact)];

    /// <summary>
    /// A case's facts in the order the engine inserts them and a record lists them: by kind, then by id. Activation order
    /// follows insertion order, so this makes the trace independent of the order the facts were given in.
    /// </summary>
    internal static ICaseFact[] Canonical(IEnumerable<ICaseFact> facts) =>
        facts.OrderBy(RankOf).ThenBy(f => f.Id, StringComparer.Ordinal).ToArray();

    internal static IEnumerable<string> Names => InCanonicalOrder.Select(t => t.Name);

    internal static bool IsKnown(ICaseFact fact) => Rank.ContainsKey(fact.GetType());

    internal static int RankOf(ICaseFact fact) => Rank[fact.GetType()];

    /// <summary>The kind's position in the canonical order, or -1 for a type that is not a kind of input fact.</summary>
    internal static int RankOf(Type type) => Rank.TryGetValue(type, out var rank) ? rank : -1;
}
