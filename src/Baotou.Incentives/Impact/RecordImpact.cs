using Baotou.Incentives.Replay;
using NodaTime;

namespace Baotou.Incentives.Impact;

/// <summary>What a pack does to one recorded decision (<see cref="PackImpact"/>).</summary>
/// <param name="Source">Where the record came from, as the caller names it (a file's path).</param>
/// <param name="CaseId">The case's id; <see langword="null"/> when the record could not be read.</param>
/// <param name="EvaluationDate">The date the decision was made for; <see langword="null"/> when the record could not be read.</param>
/// <param name="Status">Unchanged, changed, or not replayable.</param>
/// <param name="Application">Whether the pack was added to the record's packs or replaced one of them; <see langword="null"/> when not replayable.</param>
/// <param name="Verdict">The replay of the record under its own packs: reproduced or diverged (then the changes are counted from the decision as the rules give it now), tampered or untrusted; <see langword="null"/> when it could not be read.</param>
/// <param name="Problem">Why the record cannot be replayed (for <see cref="RecordImpactStatus.NotReplayable"/>); otherwise <see langword="null"/>.</param>
/// <param name="Changes">Each governing entitlement that moves, in the order of the decision's entitlements, then those added.</param>
public sealed record RecordImpact(
    string Source,
    string? CaseId,
    LocalDate? EvaluationDate,
    RecordImpactStatus Status,
    PackApplication? Application,
    ReplayVerdict? Verdict,
    string? Problem,
    IReadOnlyList<EntitlementChange> Changes);
