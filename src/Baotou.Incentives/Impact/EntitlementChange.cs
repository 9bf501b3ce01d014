using Baotou.Incentives.Outcomes;

namespace Baotou.Incentives.Impact;

/// <summary>
/// One governing entitlement of a recorded decision that moves when a pack is applied: old → new amount, rate and verb, and
/// the principle that decided between them when one now sets the other aside (从高从新不重复, 从其规定, or the law's floors).
/// </summary>
/// <param name="Clause">The clause of the entitlement that governs now (or, when none does, of the one that governed).</param>
/// <param name="Beneficiary">Who it is for.</param>
/// <param name="SubjectFactId">The fact it is computed on, e.g. the contract <c>C1</c>.</param>
/// <param name="BeforeId">The entitlement that governed before; <see langword="null"/> when one is added.</param>
/// <param name="AfterId">The entitlement that governs now; <see langword="null"/> when none does.</param>
/// <param name="BeforeModality">Its verb before; <see langword="null"/> when added.</param>
/// <param name="AfterModality">Its verb now; <see langword="null"/> when removed.</param>
/// <param name="BeforeRate">Its rate before (a fraction); <see langword="null"/> when added.</param>
/// <param name="AfterRate">Its rate now; <see langword="null"/> when removed.</param>
/// <param name="BeforeAmount">Its minimum amount before, in yuan; <see langword="null"/> when added.</param>
/// <param name="AfterAmount">Its minimum amount now; <see langword="null"/> when removed.</param>
/// <param name="PrincipleRuleId">The rule of the principle that set the earlier entitlement aside for the new one, e.g. <c>149-closing-higher-newer</c>; <see langword="null"/> when the same entitlement changed or nothing was set aside.</param>
/// <param name="PrincipleClause">That principle's clause; <see langword="null"/> with <paramref name="PrincipleRuleId"/>.</param>
public sealed record EntitlementChange(
    string Clause,
    Beneficiary Beneficiary,
    string SubjectFactId,
    string? BeforeId,
    string? AfterId,
    Modality? BeforeModality,
    Modality? AfterModality,
    decimal? BeforeRate,
    decimal? AfterRate,
    decimal? BeforeAmount,
    decimal? AfterAmount,
    string? PrincipleRuleId,
    string? PrincipleClause);
