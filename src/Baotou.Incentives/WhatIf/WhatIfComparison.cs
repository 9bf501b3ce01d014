using Baotou.Incentives.Engine;

namespace Baotou.Incentives.WhatIf;

/// <summary>One case decided under the packs as they are and under a changed pack, and every outcome that moved.</summary>
/// <param name="CaseId">The case's id.</param>
/// <param name="Before">The decision under the packs as they are.</param>
/// <param name="After">The decision under the changed pack.</param>
/// <param name="Changes">Each outcome that moved, in the order of <paramref name="Before"/>'s outcomes, then those added; empty when nothing moved.</param>
public sealed record WhatIfComparison(string CaseId, IncentiveDecision Before, IncentiveDecision After, IReadOnlyList<OutcomeChange> Changes);
