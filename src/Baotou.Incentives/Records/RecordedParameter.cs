using NodaTime;

namespace Baotou.Incentives.Records;

/// <summary>One dated value of a parameter of a pack applied to a recorded decision.</summary>
/// <param name="PackId">The pack's id.</param>
/// <param name="Parameter">The parameter's key, e.g. <c>149.8.transfer-licence-net-income-share</c>.</param>
/// <param name="EffectiveFrom">The first date of events the value applies to.</param>
/// <param name="Value">The value (a rate as a fraction, an amount in yuan, or years).</param>
public sealed record RecordedParameter(string PackId, string Parameter, LocalDate EffectiveFrom, decimal Value);
