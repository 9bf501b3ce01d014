using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>An empowerment made before the secrecy approval it needed.</summary>
/// <param name="SubjectKind">The kind of empowerment fact.</param>
/// <param name="MadeOn">When it was made.</param>
/// <param name="ApprovalId">The earliest later approval.</param>
/// <param name="ApprovedOn">Its date.</param>
[ReasonCode("condition.approval-after-empowerment")]
public sealed record ApprovalAfterEmpowerment([ShownAs(ArgumentKind.FactKind)] string SubjectKind, LocalDate MadeOn, string ApprovalId, LocalDate ApprovedOn) : IReason;
