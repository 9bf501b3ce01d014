namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// Where one line of a batch's summary stands. None of them says "granted": what the text promises is the verb
/// (<see cref="Outcomes.Modality"/>: 应不低于, 可享有, 推荐争取 …), shown beside it; this says only whether the amount stands in
/// the decision.
/// </summary>
internal enum SummaryStatus
{
    /// <summary>An amount above 0.00 the text says must be paid at least (应不低于, required): owed.</summary>
    Owed,

    /// <summary>An amount above 0.00 the beneficiary may enjoy (可享有): theirs to claim, not a floor the unit must pay.</summary>
    MayClaim,

    /// <summary>An amount above 0.00 recommended to seek (推荐争取): to apply for, not owed.</summary>
    ToSeek,

    /// <summary>An amount above 0.00 under another verb (encouraged, agreed by the parties, discretionary …): as the text says, not owed.</summary>
    NotOwed,

    /// <summary>An amount of 0.00: the clause applies, but there is nothing to pay.</summary>
    Zero,

    /// <summary>An amount that blocks until approved (149号（十二）): shown, not owed.</summary>
    PendingApproval,

    /// <summary>Set aside under 从高从新不重复: another amount for the same people governs.</summary>
    SetAside,

    /// <summary>A decided case with no entitlement.</summary>
    NoEntitlement,

    /// <summary>A case file that could not be decided, with its problems.</summary>
    Refused,
}
