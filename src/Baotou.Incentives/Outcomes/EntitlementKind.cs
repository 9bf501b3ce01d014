using System.Text.Json.Serialization;

namespace Baotou.Incentives.Outcomes;

/// <summary>
/// What an entitlement grants; what the text says of it (owed at least, may enjoy, recommended to seek) is its
/// <see cref="Modality"/>. A record writes the first shipped format's names for these (<see cref="RecordedWords"/>).
/// </summary>
[JsonConverter(typeof(RecordedWords))]
public enum EntitlementKind
{
    /// <summary>A reward in yuan.</summary>
    Reward = 1,

    /// <summary>A share of the equity formed, also valued in yuan at the conversion amount.</summary>
    EquityShare = 2,

    /// <summary>A fiscal incentive granted by the autonomous region, not owed by the unit.</summary>
    RegionalIncentive = 3,

    /// <summary>A share of what a commissioned project's surplus invested in transformation forms and earns (not cash), valued at the contribution.</summary>
    ShareOfSurplus = 4,
}
