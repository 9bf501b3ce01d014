using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NodaTime;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>Findings on secrecy approvals: the determination that an act is blocked, and which approval a finding names.</summary>
internal static class Block
{
    /// <summary>Blocks an empowerment (a fact of <paramref name="subjectKind"/>) of an achievement involving state secrets until approval.</summary>
    internal static Determination Decide(string ruleId, string subjectId, string subjectKind, LocalDate madeOn, PolicyPack pack, IEnumerable<SecrecyApproval> later)
    {
        var tooLate = Earliest(later);
        return Blocked(ruleId, subjectId, pack, new Condition("approved-before-empowerment", false, tooLate is null
            ? new NoApprovalBeforeEmpowerment(subjectKind, madeOn)
            : new ApprovalAfterEmpowerment(subjectKind, madeOn, tooLate.Id, tooLate.ApprovedOn)));
    }

    /// <summary>要严格执行科学技术保密制度，依法依规进行审批: required, and blocked until the approval is recorded.</summary>
    internal static Determination Blocked(string ruleId, string subjectId, PolicyPack pack, Condition approved) =>
        Outcome.Determination(ruleId, Clauses.Measure12, pack, "secrecy-approval", subjectId, DeterminationStatus.Blocked, Modality.Required, approved);

    /// <summary>The approval a finding names: the earliest, and of one day the smallest id, so the words never depend on fact order.</summary>
    internal static SecrecyApproval? Earliest(IEnumerable<SecrecyApproval> approvals) =>
        approvals.OrderBy(a => a.ApprovedOn).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
}
