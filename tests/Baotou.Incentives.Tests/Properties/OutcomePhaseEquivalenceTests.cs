using System.Collections.Concurrent;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Resolution;
using CsCheck;
using NRules;

namespace Baotou.Incentives.Tests.Properties;

/// <summary>
/// The rules over other rules' outcomes (resolution, "no measure reaches the case") run in a last session of their own, only
/// when one can fire and on only what it can fire on (<c>OutcomePhase</c>). That is an optimisation, not a change of meaning:
/// checked here against evaluating every rule in one session, as the engine did before, over generated cases under packs that
/// make grants overlap (the law's floors beside 149号, a successor, a regional change) and under the law alone, where some cases
/// reach no measure.
/// </summary>
public sealed class OutcomePhaseEquivalenceTests
{
    private const int Iterations = 150;

    private static readonly ConcurrentDictionary<string, ISessionFactory> OneSessionFactories = new(StringComparer.Ordinal);

    private static readonly string[] PackSetNames = ["default", "law-alone", "successor", "regional-change"];

    public static TheoryData<string> PackSets() => new(PackSetNames);

    [Theory]
    [MemberData(nameof(PackSets))]
    public void Running_the_rules_over_outcomes_last_and_apart_decides_what_one_session_of_every_rule_decides(string packs)
    {
        var engine = new IncentiveEngine(Packs(packs));
        Gen.Int.Sample(seed =>
        {
            var incentiveCase = GeneratedCases.Build(seed);

            var apart = engine.Evaluate(incentiveCase, GeneratedCases.EvaluatedOn);
            var together = InOneSession(engine, incentiveCase, GeneratedCases.EvaluatedOn);

            DecisionText.Of(apart).Should().Be(DecisionText.Of(together), incentiveCase.Id);
        }, iter: Iterations);
    }

    [Fact]
    public void The_generated_cases_reach_both_rules_over_outcomes_so_the_comparison_can_fail()
    {
        var engines = PackSetNames.Select(name => new IncentiveEngine(Packs(name))).ToArray();
        var traces = Enumerable.Range(0, 300)
            .SelectMany(seed => engines.Select(engine => engine.Evaluate(GeneratedCases.Build(seed), GeneratedCases.EvaluatedOn)))
            .SelectMany(d => d.Trace)
            .Select(t => t.RuleId)
            .ToHashSet();

        traces.Should().Contain(
            ["149-closing-changed-provision-governs", "149-closing-higher-newer-governs", "149-floors-higher-governs", "149-coverage-no-measure-reaches"]);
    }

    private static IReadOnlyList<PolicyPack> Packs(string name) => name switch
    {
        "law-alone" => [NationalLaw2015Article45.Pack],
        "successor" => [Baotou149.Pack, NationalLaw2015Article45.Pack,
            Baotou149.Pack.Successor("later", "后续政策", "A later measure", new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1))],
        "regional-change" => [Baotou149.Pack, NationalLaw2015Article45.Pack,
            Baotou149.Pack.ChangedBy("nmg-test", PolicyLevel.AutonomousRegion, "内政办发〔2024〕测试号", "自治区测试政策",
                new LocalDate(2024, 12, 1), new LocalDate(2025, 1, 1),
                [new ProvisionChange(Baotou149.RegionalIncentiveRate, 0.15m, "内政办发〔2024〕测试号: 到账金额 15% 的资金激励")])],
        _ => KnownPacks.Default,
    };

    /// <summary>The evaluation as it was before the split: every rule that fits the case in one session, one <c>Fire()</c>.</summary>
    private static IncentiveDecision InOneSession(IncentiveEngine engine, IncentiveCase incentiveCase, LocalDate on)
    {
        var ordered = FactKinds.Canonical(incentiveCase.Facts);
        var ids = Baotou.Incentives.Engine.CompiledRules.RuleIdsFor(ordered, engine.Packs.Select(p => p.RuleSet));
        var factory = OneSessionFactories.GetOrAdd(string.Join(",", ids), _ =>
            new RuleCompiler().Compile(Baotou.Incentives.Engine.CompiledRules.All.Where(r => ids.Contains(r.Name))));

        var session = factory.CreateSession();
        var batch = new List<object> { new EvaluationContext(on), new PacksApplied(engine.Packs), new OverlapResolutions(engine.Packs) };
        batch.AddRange(engine.Packs);
        batch.AddRange(ordered);
        batch.AddRange(FactViews.Of(ordered, on));
        session.InsertAll(batch);
        var recorder = new TraceRecorder();
        recorder.Listen(session);
        session.Fire();
        return engine.Assemble(incentiveCase.Id, on, recorder);
    }
}
