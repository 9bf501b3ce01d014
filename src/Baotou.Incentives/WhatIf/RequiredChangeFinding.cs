namespace Baotou.Incentives.WhatIf;

/// <summary>What was found for one failed condition (<see cref="RequiredChange"/>).</summary>
public enum RequiredChangeFinding
{
    /// <summary>The change meets the condition when the changed case is evaluated, and the same change one fen or one day smaller does not: it is the smallest.</summary>
    Confirmed = 1,

    /// <summary>The change was computed but evaluating the changed case did not confirm it (the changed case is refused, the condition still fails, or a smaller change meets it too); nothing is claimed.</summary>
    NotConfirmed = 2,

    /// <summary>No change of the facts can meet the condition: it is decided by the unit's kind or establishment, or by the evaluation date (a fiscal year not yet ended).</summary>
    NoChangeOfFacts = 3,
}
