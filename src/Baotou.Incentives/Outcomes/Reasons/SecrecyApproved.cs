using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The secrecy approval recorded (the earliest).</summary>
/// <param name="ApprovalId">The approval.</param>
/// <param name="ApprovedOn">Its date.</param>
/// <param name="Authority">Who approved it.</param>
[ReasonCode("condition.secrecy-approved")]
public sealed record SecrecyApproved(string ApprovalId, LocalDate ApprovedOn, string Authority) : IReason;
