using System.Diagnostics;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Validation;
using NodaTime.Text;

namespace Baotou.Incentives.Engine;

// The evaluation path taken only when someone listens: a span, a duration, and counts. (The type's one <summary> is in IncentiveEngine.cs; a partial declaration documents its members only.)
public sealed partial class IncentiveEngine
{
    private IncentiveDecision EvaluateObserved(IncentiveCase incentiveCase, NodaTime.LocalDate evaluationDate)
    {
        using var activity = EngineTelemetry.Source.StartActivity("Evaluate");
        if (activity is not null && activity.IsAllDataRequested)
        {
            activity.SetTag("baotou.case.id", incentiveCase?.Id);
            activity.SetTag("baotou.evaluation.date", LocalDatePattern.Iso.Format(evaluationDate));
            activity.SetTag("baotou.packs", string.Join(",", Packs.Select(p => p.Id)));
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var decision = EvaluateCore(incentiveCase!, evaluationDate);
            EngineTelemetry.Evaluations.Add(1);
            activity?.SetTag("baotou.entitlements", decision.Entitlements.Count);
            activity?.SetTag("baotou.rules_fired", decision.Trace.Count);
            return decision;
        }
        catch (IncentiveValidationException e)
        {
            EngineTelemetry.ValidationFailures.Add(1);
            activity?.SetStatus(ActivityStatusCode.Error, "invalid case");
            activity?.SetTag("baotou.validation.problems", e.Problems.Count);
            throw;
        }
        finally
        {
            EngineTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
