using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Validation;
using NodaTime;

namespace Baotou.Incentives.Records;

/// <summary>
/// Recording an engine's decision: <c>engine.Record(case, date)</c>. It sits here, above the engine, because a record is
/// made of a decision and the engine need not know records exist (docs/ARCHITECTURE.md).
/// </summary>
public static class EngineRecording
{
    /// <summary>Records a decision of this engine, ready to write as JSON (<see cref="DecisionRecord.ToJson"/>).</summary>
    /// <param name="engine">The engine that decides.</param>
    /// <param name="incentiveCase">The case.</param>
    /// <param name="evaluationDate">The date to evaluate on.</param>
    /// <returns>The record of the decision.</returns>
    /// <exception cref="IncentiveValidationException">The case is invalid.</exception>
    public static DecisionRecord Record(this IncentiveEngine engine, IncentiveCase incentiveCase, LocalDate evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return DecisionRecord.Of(engine, incentiveCase, engine.Evaluate(incentiveCase, evaluationDate));
    }
}
