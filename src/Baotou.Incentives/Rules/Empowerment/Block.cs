using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NodaTime;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>The determination that an empowerment over a classified achievement is blocked, naming any approval that came too late.</summary>
internal static class Block
{
    internal static Determination Decide(string ruleId, string subjectId, string what, LocalDate madeOn, PolicyPack pack, IEnumerable<SecrecyApproval> later)
    {
        var tooLate = later.OrderBy(a => a.ApprovedOn).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
        return Outcome.Determination(ruleId, Clauses.Measure12, pack, "secrecy-approval", subjectId, DeterminationStatus.Blocked,
            new Condition("approved-before-empowerment", false, tooLate is null
                ? $"the {what} of {madeOn:yyyy-MM-dd} concerns an achievement involving state secrets, and no approval is recorded"
                : $"the {what} of {madeOn:yyyy-MM-dd} came before the approval of {tooLate.ApprovedOn:yyyy-MM-dd} ({tooLate.Id}); it must be made again after approval"));
    }
}
