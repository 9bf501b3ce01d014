namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>supersession.same-date-tie-break</c>: equal amounts under policies of the same date: the higher rate, then the smaller id, governs so the outcome never depends on fact order.</summary>
/// <param name="Amount">The equal amount.</param>
/// <param name="GoverningId">The governing entitlement.</param>
public sealed record SameDateTieBreak(decimal Amount, string GoverningId) : IReason;
