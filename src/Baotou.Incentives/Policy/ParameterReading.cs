using NodaTime;

namespace Baotou.Incentives.Policy;

/// <summary>The value a rule read from a pack for an event date: what the trace shows as "the parameter it used".</summary>
/// <param name="PackId">The pack read from.</param>
/// <param name="Parameter">The parameter's key.</param>
/// <param name="Unit">What the number measures.</param>
/// <param name="Value">The value in force on the event date.</param>
/// <param name="EffectiveFrom">The date that value took effect.</param>
/// <param name="Reference">The text that sets the value.</param>
public sealed record ParameterReading(string PackId, string Parameter, ParameterUnit Unit, decimal Value, LocalDate EffectiveFrom, string Reference);
