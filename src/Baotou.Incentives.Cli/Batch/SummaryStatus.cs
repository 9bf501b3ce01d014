namespace Baotou.Incentives.Cli.Batch;

/// <summary>
/// Where one line of a batch's summary stands. None of them says "granted": what the text promises is the verb
/// (<see cref="Outcomes.Modality"/>: 应不低于, 可享有, 推荐争取 …), shown beside it; this says only whether the amount stands in
/// the decision.
/// </summary>
internal enum SummaryStatus
{
    /// <summary>An entitlement of the decision with an amount above 0.00, standing as its verb says.</summary>
    Stands,

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
