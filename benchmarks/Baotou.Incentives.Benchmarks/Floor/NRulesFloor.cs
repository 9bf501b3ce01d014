using NRules;
using NRules.Fluent;

namespace Baotou.Incentives.Benchmarks.Floor;

/// <summary>
/// NRules' own floor for a given number of firings per case, trace included: a fresh session, one subject per case, that many
/// single-pattern rules each firing once per case and inserting an outcome, and a trace entry per firing written from the
/// session's events (as the engine writes its trace). Many cases may share one session and one <c>Fire()</c>.
/// </summary>
public sealed class NRulesFloor
{
    private static readonly Type[] Rules =
    [
        typeof(Floor0), typeof(Floor1), typeof(Floor2), typeof(Floor3), typeof(Floor4), typeof(Floor5), typeof(Floor6), typeof(Floor7),
        typeof(Floor8), typeof(Floor9), typeof(Floor10), typeof(Floor11), typeof(Floor12), typeof(Floor13), typeof(Floor14), typeof(Floor15),
    ];

    private static readonly Type[] PackRules =
    [
        typeof(FloorPack0), typeof(FloorPack1), typeof(FloorPack2), typeof(FloorPack3), typeof(FloorPack4), typeof(FloorPack5), typeof(FloorPack6),
        typeof(FloorPack7), typeof(FloorPack8), typeof(FloorPack9), typeof(FloorPack10), typeof(FloorPack11), typeof(FloorPack12),
        typeof(FloorPack13), typeof(FloorPack14), typeof(FloorPack15),
    ];

    private readonly ISessionFactory _factory;
    private readonly object[] _facts;

    /// <param name="firingsPerCase">How many rules fire for each case (at most 16).</param>
    /// <param name="casesPerSession">How many cases share a session.</param>
    /// <param name="parameterFromPack">
    /// Whether each rule joins a pack and binds its parameter's reading (the library's shape) instead of finding the parameter
    /// in the matched fact (the least possible shape).
    /// </param>
    public NRulesFloor(int firingsPerCase, int casesPerSession, bool parameterFromPack = false)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firingsPerCase, Rules.Length);
        var repository = new RuleRepository();
        var rules = parameterFromPack ? PackRules : Rules;
        repository.Load(spec => spec.From(scan => scan.Type(rules[..firingsPerCase]).PrivateTypes(true)));
        _factory = repository.Compile();
        var signed = new NodaTime.LocalDate(2024, 3, 1);
        _facts = parameterFromPack
            ? [new FloorPack("pack", new NodaTime.LocalDate(2023, 12, 16), 0.8m),
                .. Enumerable.Range(0, casesPerSession).Select(i => new FloorDatedSubject($"case-{i}", "C1", 3_000_000m, signed))]
            : Enumerable.Range(0, casesPerSession).Select(i => new FloorSubject($"case-{i}", "C1", 3_000_000m, 0.8m)).ToArray<object>();
        CasesPerSession = casesPerSession;
    }

    public int CasesPerSession { get; }

    /// <summary>Runs one session over all its cases and returns the trace entries written (firings × cases).</summary>
    public int Run()
    {
        var trace = new List<FloorTraceEntry>(CasesPerSession * 16);
        (string CaseId, string Id)? matched = null;
        string? produced = null;
        var session = _factory.CreateSession();
        session.Events.RuleFiringEvent += (_, e) => matched = e.Facts.First().Value switch
        {
            FloorSubject s => (s.CaseId, s.Id),
            FloorDatedSubject d => (d.CaseId, d.Id),
            _ => null,
        };
        session.Events.FactInsertedEvent += (_, e) => produced = (e.Fact.Value as FloorOutcome)?.Id;
        session.Events.RuleFiredEvent += (_, e) => trace.Add(new FloorTraceEntry(e.Rule.Name, matched!.Value.CaseId, matched.Value.Id, produced!));
        session.InsertAll(_facts);
        session.Fire();
        return trace.Count;
    }
}
