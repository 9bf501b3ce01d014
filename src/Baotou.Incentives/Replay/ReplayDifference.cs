namespace Baotou.Incentives.Replay;

/// <summary>The first place a replayed decision differs from the recorded one, as the record writes it.</summary>
/// <param name="Path">The JSON path in the record of the first value that differs, e.g. <c>$.entitlements[0].beneficiary</c>
/// or <c>$.trace[3].measure</c>; an array element's path when the element exists on one side only.</param>
/// <param name="Subject">What the difference is in: the outcome's id, or the path of the trace entry (or <c>$.packs</c>).</param>
/// <param name="RuleId">The rule that produced it, when an outcome or trace entry differs.</param>
/// <param name="Recorded">The recorded value (a string without quotes, anything else as JSON); <see langword="null"/> when only the replay has it.</param>
/// <param name="Now">The value the rules give now, written the same way; <see langword="null"/> when only the record has it.</param>
public sealed record ReplayDifference(string Path, string Subject, string? RuleId, string? Recorded, string? Now);
