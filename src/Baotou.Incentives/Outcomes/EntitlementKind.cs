namespace Baotou.Incentives.Outcomes;

/// <summary>What kind of claim an entitlement is.</summary>
public enum EntitlementKind
{
    /// <summary>A reward of at least the minimum amount in yuan (a floor: a unit may pay more).</summary>
    MinimumReward = 1,

    /// <summary>At least a share of the equity formed, also valued in yuan at the conversion amount.</summary>
    MinimumEquityShare = 2,

    /// <summary>A fiscal incentive the project is recommended for; granted by the autonomous region, not owed by the unit.</summary>
    RecommendedRegionalIncentive = 3,

    /// <summary>At least a share of what a commissioned project's surplus invested in transformation forms and earns (not cash), valued at the contribution.</summary>
    MinimumShareOfSurplus = 4,
}
