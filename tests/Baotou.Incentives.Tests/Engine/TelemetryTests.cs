using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Baotou.Incentives.Tests.Support;
using Baotou.Incentives.Validation;

namespace Baotou.Incentives.Tests.Engine;

/// <summary>Listeners are process-wide, so these tests run alone: no other test's evaluation is counted.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    private static readonly IncentiveCase Valid =
        new IncentiveCase("telemetry-case", Cases.University().WithMoneyContract(TransformationMode.Licence, 10_000m).Build().Facts);

    private static readonly IncentiveCase Invalid = new("telemetry-invalid", [
        new Unit("U1", "单位", UnitKind.University, false, false),
        new PaymentReceived("P1", "C404", Cases.Signed, 10m),
    ]);

    [Fact]
    public void Each_evaluation_is_one_activity_tagged_with_the_case()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == IncentivesTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        Cases.Engine.Evaluate(Valid, Cases.Evaluated);

        var activity = activities.Should().ContainSingle(a => (string?)a.GetTagItem("baotou.case.id") == "telemetry-case").Subject;
        activity.OperationName.Should().Be("Evaluate");
        activity.GetTagItem("baotou.evaluation.date").Should().Be("2026-06-30");
        activity.Status.Should().Be(ActivityStatusCode.Unset);
    }

    [Fact]
    public void The_meter_counts_evaluations_durations_and_validation_failures()
    {
        var longs = new ConcurrentDictionary<string, long>();
        var durations = new ConcurrentQueue<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == IncentivesTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => longs.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => durations.Enqueue(value));
        listener.Start();

        Cases.Engine.Evaluate(Valid, Cases.Evaluated);
        Cases.Engine.Evaluate(Valid, Cases.Evaluated);
        var invalid = () => Cases.Engine.Evaluate(Invalid, Cases.Evaluated);
        invalid.Should().Throw<IncentiveValidationException>();

        // Two evaluations completed, one rejected, three timed.
        longs[IncentivesTelemetry.EvaluationsInstrument].Should().Be(2);
        longs[IncentivesTelemetry.ValidationFailuresInstrument].Should().Be(1);
        durations.Should().HaveCount(3).And.OnlyContain(d => d >= 0);
    }

    [Fact]
    public void Nothing_is_observed_when_nobody_listens()
    {
        EngineTelemetry.IsObserved.Should().BeFalse();
    }
}
