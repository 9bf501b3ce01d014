namespace Baotou.Incentives.WhatIf;

/// <summary>One way an outcome moved when a pack's parameters were changed.</summary>
/// <param name="OutcomeId">The outcome's id, e.g. <c>149-8-transfer-licence-net-income/C1</c>.</param>
/// <param name="RuleId">The rule that produced it.</param>
/// <param name="Kind">Whether it appeared, disappeared or changed.</param>
/// <param name="Field">For <see cref="OutcomeChangeKind.Changed"/>, the field that differs, e.g. <c>MinimumAmount</c>, <c>Rate</c>,
/// <c>Governs</c> or <c>Status</c>; for an outcome that appeared or disappeared, <see langword="null"/>.</param>
/// <param name="Before">The value under the packs as they are (amounts to the fen, rates as percentages); <see langword="null"/> when added.</param>
/// <param name="After">The value under the changed pack; <see langword="null"/> when removed.</param>
public sealed record OutcomeChange(string OutcomeId, string RuleId, OutcomeChangeKind Kind, string? Field, string? Before, string? After);
