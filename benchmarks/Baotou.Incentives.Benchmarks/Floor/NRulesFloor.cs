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

    private readonly ISessionFactory _factory;
    private readonly FloorSubject[] _subjects;

    /// <param name="firingsPerCase">How many rules fire for each case (at most 16).</param>
    /// <param name="casesPerSession">How many cases share a session.</param>
    public NRulesFloor(int firingsPerCase, int casesPerSession)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firingsPerCase, Rules.Length);
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.Type(Rules[..firingsPerCase]).PrivateTypes(true)));
        _factory = repository.Compile();
        _subjects = Enumerable.Range(0, casesPerSession).Select(i => new FloorSubject($"case-{i}", "C1", 3_000_000m, 0.8m)).ToArray();
    }

    public int CasesPerSession => _subjects.Length;

    /// <summary>Runs one session over all its cases and returns the trace entries written (firings × cases).</summary>
    public int Run()
    {
        var trace = new List<FloorTraceEntry>(_subjects.Length * 16);
        FloorSubject? matched = null;
        string? produced = null;
        var session = _factory.CreateSession();
        session.Events.RuleFiringEvent += (_, e) => matched = (FloorSubject)e.Facts.First().Value!;
        session.Events.FactInsertedEvent += (_, e) => produced = (e.Fact.Value as FloorOutcome)?.Id;
        session.Events.RuleFiredEvent += (_, e) => trace.Add(new FloorTraceEntry(e.Rule.Name, matched!.CaseId, matched.Id, produced!));
        session.InsertAll(_subjects);
        session.Fire();
        return trace.Count;
    }
}
