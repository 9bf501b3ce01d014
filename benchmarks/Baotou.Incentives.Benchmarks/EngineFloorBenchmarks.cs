using Baotou.Incentives.Benchmarks.Floor;
using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;

namespace Baotou.Incentives.Benchmarks;

/// <summary>
/// What NRules 1.0.4 costs on this machine before any rule of ours: a session with no rules, and a session in which six rules
/// of the least possible shape fire once each, with and without a pack to join. The library's typical case fires six rules;
/// its cost cannot fall below the second or third row, whatever the design of its facts.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10, id: "Steady")]
public class EngineFloorBenchmarks
{
    private readonly ISessionFactory _empty = Compile();
    private readonly ISessionFactory _single = Compile(typeof(Single0), typeof(Single1), typeof(Single2), typeof(Single3), typeof(Single4), typeof(Single5));
    private readonly ISessionFactory _joined = Compile(typeof(Joined0), typeof(Joined1), typeof(Joined2), typeof(Joined3), typeof(Joined4), typeof(Joined5));
    private readonly object[] _facts = [new FloorSubject("C1", 3_000_000m), new FloorPack("pack", 0.8m)];

    [Benchmark(Baseline = true, Description = "NRules floor: session, two facts, no rules")]
    public int EmptySession() => Run(_empty);

    [Benchmark(Description = "NRules floor: six single-pattern rules fire, each inserts a fact")]
    public int SixSinglePatternFirings() => Run(_single);

    [Benchmark(Description = "NRules floor: six rules join a pack and fire, each inserts a fact")]
    public int SixPackJoinFirings() => Run(_joined);

    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }

    private static ISessionFactory Compile(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.Type(rules).PrivateTypes(true)));
        return repository.Compile();
    }
}
