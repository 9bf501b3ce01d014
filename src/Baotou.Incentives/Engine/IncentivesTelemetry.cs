namespace Baotou.Incentives.Engine;

/// <summary>
/// The names under which the engine reports through <c>System.Diagnostics</c>, so an application can subscribe (e.g. with
/// OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c>). Nothing is recorded unless someone listens.
/// </summary>
public static class IncentivesTelemetry
{
    /// <summary>The name of the <c>ActivitySource</c>: one activity <c>Evaluate</c> per evaluation.</summary>
    public const string ActivitySourceName = "Baotou.Incentives";

    /// <summary>The name of the <c>Meter</c>.</summary>
    public const string MeterName = "Baotou.Incentives";

    /// <summary>Counter of evaluations completed (instrument <c>baotou.incentives.evaluations</c>).</summary>
    public const string EvaluationsInstrument = "baotou.incentives.evaluations";

    /// <summary>Histogram of evaluation duration in milliseconds (instrument <c>baotou.incentives.evaluation.duration</c>).</summary>
    public const string DurationInstrument = "baotou.incentives.evaluation.duration";

    /// <summary>Counter of cases rejected as invalid (instrument <c>baotou.incentives.validation_failures</c>).</summary>
    public const string ValidationFailuresInstrument = "baotou.incentives.validation_failures";
}
