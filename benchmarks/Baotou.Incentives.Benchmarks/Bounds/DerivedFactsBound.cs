using Baotou.Incentives.Engine;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Resolution;
using NRules;

namespace Baotou.Incentives.Benchmarks.Bounds;

/// <summary>
/// The most the lever "derived facts as views before the session" (issue 28) could give the typical case: its session with the
/// engine's own rules, views and trace recorder, once with the two derivations it fires as rules (the net income of the
/// contract, 149号·（八）'s 净收入, and （七）'s basis from the money received), once without those two rules and with the facts
/// they derive inserted beside the views, computed before the session. The rules that match the derived facts are in both and
/// fire the same; the trace of the second lacks the two derivations' entries (the lever would have to write them itself), and
/// its derived facts are made once, not per run (two small records), so it is a bound from below on what the lever costs.
/// </summary>
public sealed class DerivedFactsBound
{
    private static readonly string[] Derivations = [ContractIncomeByEvaluationDate.Id, MajorProjectBasisFromMoneyReceived.Id];
    private readonly IReadOnlyList<PolicyPack> _packs = [Baotou149.Pack];
    private readonly PacksApplied _packsApplied;
    private readonly ICaseFact[] _ordered;
    private readonly IReadOnlyList<object> _views;
    private readonly ISessionFactory _factory;
    private readonly IReadOnlyList<object> _derived;

    /// <param name="derivedBeforeSession">Whether the derived facts are inserted before the session instead of derived by its rules.</param>
    public DerivedFactsBound(bool derivedBeforeSession)
    {
        _packsApplied = new PacksApplied(_packs);
        _ordered = FactKinds.Canonical(BenchmarkCases.Typical().Facts);
        _views = FactViews.Of(_ordered, BenchmarkCases.EvaluatedOn).ToArray();
        var ruleSets = _packs.Select(p => p.RuleSet).ToArray();
        var overOutcomes = CompiledRules.ReadingOutcomes.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var ids = CompiledRules.RuleIdsFor(_ordered, ruleSets).Where(id => !overOutcomes.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var withDerivations = CompiledRules.All.Where(r => ids.Contains(r.Name)).ToArray();
        if (!derivedBeforeSession)
        {
            _factory = new RuleCompiler().Compile(withDerivations);
            _derived = [];
            return;
        }

        // The derived facts, taken from a session that derived them, as a view computed before the session would make them.
        var deriving = new RuleCompiler().Compile(withDerivations).CreateSession();
        deriving.InsertAll(Inputs([]));
        deriving.Fire();
        _derived = [.. deriving.Query<ContractIncome>(), .. deriving.Query<MajorProjectBasis>()];
        _factory = new RuleCompiler().Compile(withDerivations.Where(r => !Derivations.Contains(r.Name)));
        DerivedFacts = _derived.Count;
    }

    /// <summary>How many facts are inserted before the session instead of derived in it (0 when the rules derive them).</summary>
    public int DerivedFacts { get; }

    /// <summary>Evaluates the typical case's session and returns the firings traced plus the derived facts inserted before it.</summary>
    public int Run() => Evaluate().Entries.Count + DerivedFacts;

    /// <summary>The entitlements' amounts, by rule and subject: the same whichever way the facts are derived (a test checks it).</summary>
    public IReadOnlyList<string> Amounts() =>
        Evaluate().Entitlements.Select(e => $"{e.RuleId} {e.SubjectFactId} {e.MinimumAmount}").Order(StringComparer.Ordinal).ToArray();

    private TraceRecorder Evaluate()
    {
        var session = _factory.CreateSession();
        session.InsertAll(Inputs(_derived));
        var recorder = new TraceRecorder();
        recorder.Listen(session);
        session.Fire();
        return recorder;
    }

    private List<object> Inputs(IReadOnlyList<object> derived)
    {
        var batch = new List<object>(2 + _packs.Count + _ordered.Length + _views.Count + derived.Count) { new EvaluationContext(BenchmarkCases.EvaluatedOn), _packsApplied };
        batch.AddRange(_packs);
        batch.AddRange(_ordered);
        batch.AddRange(_views);
        batch.AddRange(derived);
        return batch;
    }
}
