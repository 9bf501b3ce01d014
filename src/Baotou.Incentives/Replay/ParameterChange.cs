using NodaTime;

namespace Baotou.Incentives.Replay;

/// <summary>A parameter value that differs between a record and the packs it is replayed with.</summary>
/// <param name="PackId">The pack.</param>
/// <param name="Parameter">The parameter's key.</param>
/// <param name="EffectiveFrom">The date the value takes effect.</param>
/// <param name="Recorded">The recorded value; <see langword="null"/> when the record has no value from that date.</param>
/// <param name="Now">The value now; <see langword="null"/> when the packs now have no value from that date.</param>
public sealed record ParameterChange(string PackId, string Parameter, LocalDate EffectiveFrom, decimal? Recorded, decimal? Now);
