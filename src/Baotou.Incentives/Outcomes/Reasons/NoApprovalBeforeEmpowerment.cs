using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>An empowerment of an achievement involving state secrets, with no approval recorded.</summary>
/// <param name="SubjectKind">The kind of empowerment fact: an ownership arrangement or a use right.</param>
/// <param name="MadeOn">When it was made.</param>
[ReasonCode("condition.no-approval-before-empowerment")]
public sealed record NoApprovalBeforeEmpowerment([ShownAs(ArgumentKind.FactKind)] string SubjectKind, LocalDate MadeOn) : IReason;
