using NodaTime;

namespace Baotou.Incentives.Outcomes;

/// <summary>
/// A computed amount or share for a beneficiary: the basis, the rate read from the policy, the minimum, and what the text
/// says of it (<see cref="Modality"/>): owed, may be enjoyed, or recommended to seek from a third party.
/// </summary>
/// <param name="Id">The entitlement's id: the rule's id and the fact it concerns.</param>
/// <param name="RuleId">The rule that granted it.</param>
/// <param name="Clause">The clause it applies, e.g. <c>149号·（八）</c>.</param>
/// <param name="PackId">The policy pack it was granted under.</param>
/// <param name="PolicyEffectiveFrom">The date that pack took effect: on equal amounts the newer policy governs.</param>
/// <param name="Beneficiary">Who it is owed to.</param>
/// <param name="Kind">What kind of claim it is.</param>
/// <param name="Modality">What the sentence applied says of it: an owed minimum, a share the beneficiary may enjoy, or an incentive recommended to seek.</param>
/// <param name="SubjectFactId">The fact it concerns (a contract, a profit row, a surplus).</param>
/// <param name="IncomeKey">The income shared: entitlements of one beneficiary with the same key overlap and are never added.</param>
/// <param name="BasisReason">What the basis is, as a reason code with typed arguments, e.g. <see cref="Reasons.NetIncomeOf"/>.</param>
/// <param name="Grounds">Further reasons it rests on, e.g. <see cref="Reasons.NationalScienceAward"/> or <see cref="Reasons.LossYear"/>; empty when none.</param>
/// <param name="Basis">The basis in yuan, unrounded.</param>
/// <param name="Rate">The rate applied, as a fraction.</param>
/// <param name="MinimumAmount">Basis × rate in yuan, unrounded; round with <see cref="Money.Fen.Round"/> to report.</param>
/// <param name="MinimumEquityShare">For an equity entitlement, the minimum share of the investee's equity, as a fraction; for a surplus invested (149号·（九）), the minimum share of what the contribution forms and earns.</param>
/// <param name="PeriodStart">For a yearly entitlement, the first day of its period.</param>
/// <param name="PeriodEnd">For a yearly entitlement, the last day of its period.</param>
/// <param name="QualifiedBy">The id of the finding that qualifies the amount, or <see langword="null"/> when nothing does: e.g. an
/// amount on a transformation （十二）blocks until approved is pending that approval (its finding is among the decision's
/// determinations, topic <c>pending-approval</c>); it is shown, and no sum of what is owed includes it.</param>
public sealed record Entitlement(
    string Id,
    string RuleId,
    string Clause,
    string PackId,
    LocalDate PolicyEffectiveFrom,
    Beneficiary Beneficiary,
    EntitlementKind Kind,
    Modality Modality,
    string SubjectFactId,
    string IncomeKey,
    IReason BasisReason,
    IReadOnlyList<IReason> Grounds,
    decimal Basis,
    decimal Rate,
    decimal MinimumAmount,
    decimal? MinimumEquityShare = null,
    LocalDate? PeriodStart = null,
    LocalDate? PeriodEnd = null,
    string? QualifiedBy = null) : IOutcome;
