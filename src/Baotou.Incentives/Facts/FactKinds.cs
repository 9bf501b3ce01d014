namespace Baotou.Incentives.Facts;

/// <summary>The kinds of fact a case may hold, in the canonical order the engine inserts them.</summary>
internal static class FactKinds
{
    /// <summary>
    /// Every kind in canonical order, with the family it comes in: a contract brings payments, deductions and the like. The
    /// engine compiles one rule session per combination of families a case has, so the number of combinations, and of
    /// compilations, stays small.
    /// </summary>
    private static readonly (Type Kind, FactFamilies Family)[] Kinds =
    [
        (typeof(Unit), FactFamilies.UnitsAndAchievements),
        (typeof(Achievement), FactFamilies.UnitsAndAchievements),
        (typeof(TechnologyContract), FactFamilies.Contracts),
        (typeof(PaymentReceived), FactFamilies.Contracts),
        (typeof(IncomeDeduction), FactFamilies.Contracts),
        (typeof(EquityConversion), FactFamilies.Contracts),
        (typeof(TransferOfficeEngagement), FactFamilies.Contracts),
        (typeof(SelfImplementation), FactFamilies.SelfImplementation),
        (typeof(OperatingProfit), FactFamilies.SelfImplementation),
        (typeof(CommissionedResearchSurplus), FactFamilies.CommissionedResearch),
        (typeof(OwnershipArrangement), FactFamilies.Empowerment),
        (typeof(UseRightGrant), FactFamilies.Empowerment),
        (typeof(UseRightExtension), FactFamilies.Empowerment),
        (typeof(StateSecretDesignation), FactFamilies.Empowerment),
        (typeof(SecrecyApproval), FactFamilies.Empowerment),
        (typeof(PilotPlatform), FactFamilies.Channels),
        (typeof(CommissionerEngagement), FactFamilies.Channels),
        (typeof(TransactionPublicity), FactFamilies.Safeguards),
        (typeof(LiabilityReview), FactFamilies.Safeguards),
        (typeof(OwnRewardRates), FactFamilies.OwnRewardRates),
        (typeof(TransferServiceAgency), FactFamilies.Channels),
    ];

    private static readonly Dictionary<Type, int> Rank = Kinds.Select((k, index) => (k.Kind, index)).ToDictionary(p => p.Kind, p => p.index);

    private static readonly Dictionary<Type, FactFamilies> Family = Kinds.ToDictionary(k => k.Kind, k => k.Family);

    /// <summary>Every kind, in canonical order.</summary>
    internal static IReadOnlyList<Type> InCanonicalOrder { get; } = Kinds.Select(k => k.Kind).ToArray();

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

    internal static IEnumerable<string> Names => Kinds.Select(k => k.Kind.Name);

    internal static bool IsKnown(ICaseFact fact) => Rank.ContainsKey(fact.GetType());

    internal static int RankOf(ICaseFact fact) => Rank[fact.GetType()];
}
