namespace Baotou.Incentives.Outcomes;

/// <summary>
/// 从高从新不重复: an entitlement set aside because another grants the same beneficiary a share of the same income and
/// ranks higher (a larger amount; on equal amounts, the newer policy). The two are never added.
/// </summary>
/// <param name="Id">The supersession's id.</param>
/// <param name="RuleId">The resolution rule that decided it.</param>
/// <param name="Clause">The closing clause it applies: the principle that decided.</param>
/// <param name="SupersededId">The entitlement set aside.</param>
/// <param name="GoverningId">The entitlement that governs instead.</param>
/// <param name="Reason">Why, with the amounts, rates or dates compared: <see cref="Reasons.HigherAmount"/>,
/// <see cref="Reasons.NewerPolicy"/> or <see cref="Reasons.SameDateTieBreak"/>.</param>
public sealed record Supersession(string Id, string RuleId, string Clause, string SupersededId, string GoverningId, IReason Reason) : IOutcome;
