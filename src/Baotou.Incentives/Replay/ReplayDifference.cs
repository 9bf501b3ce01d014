namespace Baotou.Incentives.Replay;

/// <summary>The first place a replayed decision differs from the recorded one.</summary>
/// <param name="Subject">What differs: an outcome's id, <c>trace[n]</c>, or <c>packs</c>.</param>
/// <param name="RuleId">The rule that produced it, when an outcome or trace entry differs.</param>
/// <param name="Field">The field that differs, e.g. <c>MinimumAmount</c>; <c>(present)</c> when it exists on one side only.</param>
/// <param name="Recorded">The recorded value; <see langword="null"/> when only the replay has it.</param>
/// <param name="Now">The value the rules give now; <see langword="null"/> when only the record has it.</param>
public sealed record ReplayDifference(string Subject, string? RuleId, string Field, string? Recorded, string? Now);
