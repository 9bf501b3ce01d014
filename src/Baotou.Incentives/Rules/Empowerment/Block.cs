using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NodaTime;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>Findings on secrecy approvals: the determination that an empowerment is blocked, and which approval a finding names.</summary>
internal static class Block
{
    internal static Determination Decide(string ruleId, string subjectId, string what, LocalDate madeOn, PolicyPack pack, IEnumerable<SecrecyApproval> later) =>
        Decide(ruleId, subjectId, what, madeOn, pack, later, "approved-before-empowerment");

    /// <summary>The same finding for an act the condition names: <c>approved-before-empowerment</c> or <c>approved-before-transformation</c>.</summary>
    internal static Determination Decide(
        string ruleId, string subjectId, string what, LocalDate madeOn, PolicyPack pack, IEnumerable<SecrecyApproval> later, string condition)
    {
        var tooLate = Earliest(later);
        return Outcome.Determination(ruleId, Clauses.Measure12, pack, "secrecy-approval", subjectId, DeterminationStatus.Blocked,
            new Condition(condition, false, tooLate is null
                ? $"the {what} of {madeOn:yyyy-MM-dd} concerns an achievement involving state secrets, and no approval is recorded"
                : $"the {what} of {madeOn:yyyy-MM-dd} came before the approval of {tooLate.ApprovedOn:yyyy-MM-dd} ({tooLate.Id}); it must be made again after approval"));
    }

    /// <summary>The approval a finding names: the earliest, and of one day the smallest id, so the words never depend on fact order.</summary>
    internal static SecrecyApproval? Earliest(IEnumerable<SecrecyApproval> approvals) =>
        approvals.OrderBy(a => a.ApprovedOn).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
}
