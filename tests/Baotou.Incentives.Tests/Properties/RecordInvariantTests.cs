using Baotou.Incentives.Records;
using Baotou.Incentives.Replay;
using CsCheck;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>Over thousands of generated cases: a record is the same bytes every time, round-trips, and replays as reproduced.</summary>
public sealed class RecordInvariantTests
{
    private const int Iterations = 1_000;
    private static readonly IncentiveEngine Engine = new([Baotou149.Pack, NationalLaw2015Article45.Pack]);

    [Fact]
    public void A_decisions_record_replays_as_reproduced_and_round_trips_to_the_same_bytes()
    {
        GeneratedCases.Any.Sample(incentiveCase =>
        {
            var json = Engine.Record(incentiveCase, GeneratedCases.EvaluatedOn).ToJson();
            var read = DecisionRecord.Parse(json);

            read.ToJson().Should().Be(json);
            Engine.Replay(read).Verdict.Should().Be(ReplayVerdict.Reproduced);
        }, iter: Iterations);
    }

    [Fact]
    public void Evaluating_twice_gives_the_same_record_bytes()
    {
        GeneratedCases.Any.Sample(incentiveCase =>
            Engine.Record(incentiveCase, GeneratedCases.EvaluatedOn).ToUtf8Json()
                .Should().Equal(Engine.Record(incentiveCase, GeneratedCases.EvaluatedOn).ToUtf8Json()), iter: Iterations);
    }

    [Fact]
    public void Every_outcome_of_a_decision_has_its_own_id()
    {
        GeneratedCases.Any.Sample(incentiveCase =>
        {
            var decision = Engine.Evaluate(incentiveCase, GeneratedCases.EvaluatedOn);
            var ids = decision.Entitlements.Select(e => e.Id).Concat(decision.SupersededEntitlements.Select(e => e.Id))
                .Concat(decision.Supersessions.Select(s => s.Id)).Concat(decision.Determinations.Select(d => d.Id))
                .Concat(decision.Obligations.Select(o => o.Id));
            ids.Should().OnlyHaveUniqueItems("an auditor and a replay find an outcome by its id");
        }, iter: Iterations);
    }
}
