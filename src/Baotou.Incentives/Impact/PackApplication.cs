namespace Baotou.Incentives.Impact;

/// <summary>How a pack is applied to a recorded decision.</summary>
public enum PackApplication
{
    /// <summary>The record's packs do not include the pack's id: it is added to them (a later policy beside the one in force).</summary>
    Added = 1,

    /// <summary>One of the record's packs has the pack's id: the pack replaces it (a changed copy of that policy).</summary>
    Replaced = 2,
}
