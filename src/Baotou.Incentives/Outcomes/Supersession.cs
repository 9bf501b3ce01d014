namespace Baotou.Incentives.Outcomes;

/// <summary>
/// An entitlement set aside because another of the same force grants the same beneficiary a share of the same income, under the
/// principle the clause names: 从其规定 (the changed provision governs, whatever its number), 从高从新不重复 (the higher, then the
/// newer) or the floors of the law (meeting the higher meets the lower). The two are never added.
/// </summary>
/// <param name="Id">The supersession's id.</param>
/// <param name="RuleId">The resolution rule that decided it.</param>
/// <param name="Clause">The closing clause it applies: the principle that decided.</param>
/// <param name="SupersededId">The entitlement set aside.</param>
/// <param name="GoverningId">The entitlement that governs instead.</param>
/// <param name="Reason">Why, with the amounts, rates or dates compared: <see cref="Reasons.HigherAmount"/>,
/// <see cref="Reasons.NewerPolicy"/>, <see cref="Reasons.SameDateTieBreak"/>, <see cref="Reasons.ChangedProvisionFollowed"/> or
/// <see cref="Reasons.BothFloorsHigherMeetsLower"/>.</param>
public sealed record Supersession(string Id, string RuleId, string Clause, string SupersededId, string GoverningId, IReason Reason) : IOutcome;
