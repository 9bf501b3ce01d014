using NodaTime;

namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>从新: on equal amounts the newer policy governs.</summary>
/// <param name="Amount">The equal amount.</param>
/// <param name="GoverningPackId">The governing pack.</param>
/// <param name="GoverningFrom">Its effective date.</param>
/// <param name="SupersededPackId">The pack set aside.</param>
/// <param name="SupersededFrom">Its effective date.</param>
[ReasonCode("supersession.newer-policy")]
public sealed record NewerPolicy(decimal Amount, string GoverningPackId, LocalDate GoverningFrom, string SupersededPackId, LocalDate SupersededFrom) : IReason;
