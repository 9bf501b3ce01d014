using NodaTime;

namespace Baotou.Incentives.WhatIf;

/// <summary>
/// The smallest change of a case's facts that meets one failed condition, stated in the terms of the facts: to the fen for an
/// amount, to the day for a date. The catalogs word it (<c>take.change.*</c>), e.g. "50,000.00 more received on contract C1
/// by 2025-06-30".
/// </summary>
/// <param name="Kind">What changes.</param>
/// <param name="FactKind">The kind of the fact named, e.g. <c>TechnologyContract</c> or <c>UseRightGrant</c>.</param>
/// <param name="FactId">The fact named: the contract (money received, conversion, publication, event), the use right, or the approval.</param>
/// <param name="Amount">For an amount: the yuan more received, or the conversion amount to reach; otherwise <see langword="null"/>.</param>
/// <param name="Date">The date that decides: received by, ending on or after, published or approved on or before, signed on or after.</param>
public sealed record FactChange(FactChangeKind Kind, string FactKind, string FactId, decimal? Amount, LocalDate Date);
