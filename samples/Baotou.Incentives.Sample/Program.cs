using Baotou.Incentives.Engine;
using Baotou.Incentives.Sample;
using NodaTime;

// The evaluation date is stated, never read from the clock: the same run always prints the same decisions.
var evaluationDate = new LocalDate(2025, 6, 30);
var engine = new IncentiveEngine();

foreach (var incentiveCase in SampleCases.All())
{
    DecisionPrinter.Print(engine.Evaluate(incentiveCase, evaluationDate), Console.Out);
}
