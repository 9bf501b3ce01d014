namespace Baotou.Incentives.Impact;

/// <summary>What a pack does to one recorded decision (<see cref="RecordImpact"/>).</summary>
public enum RecordImpactStatus
{
    /// <summary>The record replays under its own packs and with the pack applied no governing entitlement moves.</summary>
    Unchanged = 1,

    /// <summary>With the pack applied, at least one governing entitlement is added, removed or changes its amount, rate or verb.</summary>
    Changed = 2,

    /// <summary>The record cannot be replayed: it was tampered with (digest or signature), or it is not a record this library reads (one that names packs it does not carry is not). Listed apart, never skipped.</summary>
    NotReplayable = 3,
}
