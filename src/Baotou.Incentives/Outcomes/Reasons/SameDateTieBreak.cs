namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>Equal amounts under policies of the same date: the higher rate, then the smaller id, governs so the outcome never depends on fact order.</summary>
/// <param name="Amount">The equal amount.</param>
/// <param name="GoverningId">The governing entitlement.</param>
[ReasonCode("supersession.same-date-tie-break")]
public sealed record SameDateTieBreak(decimal Amount, string GoverningId) : IReason;
