using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Baotou.Incentives.Engine;

/// <summary>
/// The engine's activity source and meter. Every instrument is checked for listeners first, so an application that does not
/// subscribe pays for one boolean check per evaluation and nothing else.
/// </summary>
internal static class EngineTelemetry
{
    private static readonly string Version = typeof(EngineTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    internal static readonly ActivitySource Source = new(IncentivesTelemetry.ActivitySourceName, Version);

    internal static readonly Meter Meter = new(IncentivesTelemetry.MeterName, Version);

    internal static readonly Counter<long> Evaluations =
        Meter.CreateCounter<long>(IncentivesTelemetry.EvaluationsInstrument, "{evaluation}", "Evaluations completed.");

    internal static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>(IncentivesTelemetry.DurationInstrument, "ms", "Time taken by one evaluation.");

    internal static readonly Counter<long> ValidationFailures =
        Meter.CreateCounter<long>(IncentivesTelemetry.ValidationFailuresInstrument, "{case}", "Cases rejected as invalid.");

    /// <summary>Whether anything would be recorded; when not, the engine skips timing and tagging altogether.</summary>
    internal static bool IsObserved => Source.HasListeners() || Evaluations.Enabled || Duration.Enabled || ValidationFailures.Enabled;
}
