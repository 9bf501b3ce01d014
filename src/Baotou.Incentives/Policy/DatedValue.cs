using NodaTime;

namespace Baotou.Incentives.Policy;

/// <summary>A parameter's value from a date on, with the text that sets it.</summary>
/// <param name="EffectiveFrom">The first date of events the value applies to.</param>
/// <param name="Value">The value, in the parameter's unit.</param>
/// <param name="Reference">The text that sets the value, e.g. <c>包府办发〔2023〕149号（八）：不低于80%</c>.</param>
public sealed record DatedValue(LocalDate EffectiveFrom, decimal Value, string Reference);
