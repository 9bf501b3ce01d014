using Baotou.Incentives.Records;
using CsCheck;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// The batch API gives every case exactly the decision it gets alone: its record (outcomes, trace with matched facts and
/// dated parameters, superseded grants) byte for byte, in input order, whatever the mix of cases around it and however many
/// run at once. Checked over generated batches under the default packs together (第四十五条 and 149号) and under each alone.
/// </summary>
public sealed class BatchEqualsSingleTests
{
    private const int Iterations = 60;

    public static TheoryData<string> PackSets() => new() { "default", Baotou149.Pack.Id, NationalLaw2015Article45.Pack.Id };

    [Theory]
    [MemberData(nameof(PackSets))]
    public void A_batch_gives_each_case_the_bytes_of_its_single_decision(string packs)
    {
        var engine = new IncentiveEngine(packs == "default" ? KnownPacks.Default : KnownPacks.Resolve([packs]));
        Gen.Select(Gen.Int.Array[1, 40], Gen.Int[1, 3]).Sample((seeds, parallelism) =>
        {
            var cases = seeds.Select(GeneratedCases.Build).ToArray();
            var single = cases.Select(c => Bytes(engine, c, engine.Evaluate(c, GeneratedCases.EvaluatedOn))).ToArray();

            var results = engine.EvaluateManyAsync(cases.ToAsyncEnumerable(), GeneratedCases.EvaluatedOn,
                new BatchOptions { MaxDegreeOfParallelism = parallelism }).ToBlockingEnumerable().ToArray();

            results.Select(r => r.Index).Should().Equal(Enumerable.Range(0, cases.Length));
            for (var i = 0; i < cases.Length; i++)
            {
                results[i].Error.Should().BeNull(cases[i].Id);
                results[i].Case.Should().BeSameAs(cases[i]);
                Bytes(engine, cases[i], results[i].Decision!).Should().Equal(single[i], cases[i].Id);
            }
        }, iter: Iterations);
    }

    private static byte[] Bytes(IncentiveEngine engine, IncentiveCase incentiveCase, IncentiveDecision decision) =>
        DecisionRecord.Of(engine, incentiveCase, decision).ToUtf8Json();
}
