namespace Baotou.Incentives.WhatIf;

/// <summary>What kind of change of the facts would meet a failed condition (<see cref="FactChange"/>); each has its words in the zh and en catalogs (<c>take.change.*</c>).</summary>
public enum FactChangeKind
{
    /// <summary>More money received on a contract by the evaluation date: <see cref="FactChange.Amount"/> more, by <see cref="FactChange.Date"/>.</summary>
    MoreReceived = 1,

    /// <summary>An equity conversion of a contract valued at <see cref="FactChange.Amount"/> or more.</summary>
    ConversionAmountAtLeast = 2,

    /// <summary>A use right ending on or after <see cref="FactChange.Date"/>.</summary>
    UseRightEndingOnOrAfter = 3,

    /// <summary>The transaction published on or before <see cref="FactChange.Date"/>, the day before the contract was signed.</summary>
    PublishedOnOrBefore = 4,

    /// <summary>The event (a contract's signing) on or after <see cref="FactChange.Date"/>, the date the pack takes effect.</summary>
    EventOnOrAfter = 5,

    /// <summary>The secrecy approval dated on or before <see cref="FactChange.Date"/>, the day of the act it must precede.</summary>
    ApprovedOnOrBefore = 6,
}
