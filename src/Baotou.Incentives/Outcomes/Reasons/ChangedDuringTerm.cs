namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// 期间国家、自治区相关政策发生变化的 speaks of a change during the term of the pack it changes:
/// the change must take effect after that pack did. One that does not changes nothing of it.
/// </summary>
/// <param name="ChangePackId">The national or regional pack that changes.</param>
/// <param name="ChangeFrom">When it takes effect.</param>
/// <param name="ChangedPackId">The pack it changes.</param>
/// <param name="ChangedPackFrom">When that pack took effect.</param>
[ReasonCode("condition.changed-during-term")]
public sealed record ChangedDuringTerm(string ChangePackId, NodaTime.LocalDate ChangeFrom, string ChangedPackId, NodaTime.LocalDate ChangedPackFrom) : IReason;
