namespace Baotou.Incentives.WhatIf;

/// <summary>How an outcome differs between a decision under the packs as they are and under a changed pack.</summary>
public enum OutcomeChangeKind
{
    /// <summary>The outcome is produced only under the changed pack.</summary>
    Added = 1,

    /// <summary>The outcome is produced only under the packs as they are.</summary>
    Removed = 2,

    /// <summary>The outcome is produced under both, and a field of it differs.</summary>
    Changed = 3,
}
