using Baotou.Incentives.Facts;
using NodaTime;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>The date the caller evaluates the case on: money received after it does not count.</summary>
internal sealed record EvaluationContext(LocalDate EvaluationDate) : ICaseFact
{
    public LocalDate EvaluationDate { get; } = EvaluationDate;

    public string Id => "evaluation-date";
}
