namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// 期间国家、自治区相关政策发生变化的，从其规定: the changed national or regional provision governs
/// the matter it changes from its own date, whichever amount is higher; the amounts are named so the difference is visible.
/// </summary>
/// <param name="GoverningPackId">The changing pack, which governs.</param>
/// <param name="GoverningLevel">Its level.</param>
/// <param name="GoverningFrom">When it takes effect.</param>
/// <param name="GoverningAmount">The governing minimum, in yuan.</param>
/// <param name="GoverningRate">The governing rate.</param>
/// <param name="SupersededAmount">The minimum set aside, in yuan.</param>
/// <param name="SupersededRate">The rate set aside.</param>
/// <param name="SupersededPackId">The pack whose grant is set aside.</param>
[ReasonCode("supersession.changed-provision")]
public sealed record ChangedProvisionFollowed(
    string GoverningPackId, Policy.PolicyLevel GoverningLevel, NodaTime.LocalDate GoverningFrom, decimal GoverningAmount, [ShownAs(ArgumentKind.Rate)] decimal GoverningRate,
    decimal SupersededAmount, [ShownAs(ArgumentKind.Rate)] decimal SupersededRate, string SupersededPackId) : IReason;
