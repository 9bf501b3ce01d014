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
    /// The family each kind comes in: a contract brings payments, deductions and the like. The engine compiles one rule
    /// session per combination of families a case has, so the number of combinations, and of compilations, stays small.
    /// </summary>
    private static readonly Dictionary<Type, FactFamilies> Family = new (FactFamilies Family, Type[] Kinds)[]
    {
        (FactFamilies.UnitsAndAchievements, [typeof(Unit), typeof(Achievement)]),
        (FactFamilies.Contracts, [typeof(TechnologyContract), typeof(PaymentReceived), typeof(IncomeDeduction), typeof(EquityConversion), typeof(TransferOfficeEngagement)]),
        (FactFamilies.SelfImplementation, [typeof(SelfImplementation), typeof(OperatingProfit)]),
        (FactFamilies.CommissionedResearch, [typeof(CommissionedResearchSurplus)]),
        (FactFamilies.Empowerment, [typeof(OwnershipArrangement), typeof(UseRightGrant), typeof(UseRightExtension), typeof(StateSecretDesignation), typeof(SecrecyApproval)]),
        (FactFamilies.Channels, [typeof(PilotPlatform), typeof(CommissionerEngagement), typeof(TransferServiceAgency)]),
        (FactFamilies.Safeguards, [typeof(TransactionPublicity), typeof(LiabilityReview)]),
        (FactFamilies.OwnRewardRates, [typeof(OwnRewardRates)]),
    }.SelectMany(f => f.Kinds.Select(kind => (kind, f.Family))).ToDictionary(p => p.kind, p => p.Family);

    /// <summary>The family of this fact's kind.</summary>
    internal static FactFamilies FamilyOf(ICaseFact fact) => Family[fact.GetType()];

    /// <summary>The family of a kind of input fact, or none for a type that is not one.</summary>
    internal static FactFamilies FamilyOf(Type type) => Family.TryGetValue(type, out var family) ? family : FactFamilies.None;

    /// <summary>
    /// A case's facts in the order the engine inserts them and a record lists them: by kind, then by id. Activation order
    /// follows insertion order, so this makes the trace independent of the order the facts were given in.
    /// </summary>
    internal static ICaseFact[] Canonical(IEnumerable<ICaseFact> facts) =>
        facts.OrderBy(RankOf).ThenBy(f => f.Id, StringComparer.Ordinal).ToArray();

    internal static IEnumerable<string> Names => InCanonicalOrder.Select(t => t.Name);

    internal static bool IsKnown(ICaseFact fact) => Rank.ContainsKey(fact.GetType());

    internal static int RankOf(ICaseFact fact) => Rank[fact.GetType()];
}
