using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.secrecy-approved</c>: the secrecy approval recorded (the earliest).</summary>
/// <param name="ApprovalId">The approval.</param>
/// <param name="ApprovedOn">Its date.</param>
/// <param name="Authority">Who approved it.</param>
public sealed record SecrecyApproved(string ApprovalId, LocalDate ApprovedOn, string Authority) : IReason;
