using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.no-approval-before-empowerment</c>: an empowerment of an achievement involving state secrets, with no approval recorded.</summary>
/// <param name="SubjectKind">The kind of empowerment fact: an ownership arrangement or a use right.</param>
/// <param name="MadeOn">When it was made.</param>
public sealed record NoApprovalBeforeEmpowerment(string SubjectKind, LocalDate MadeOn) : IReason;
