using System.Collections;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules;
using Baotou.Incentives.Rules.Views;
using Baotou.Incentives.Tracing;
using NRules;
using NRules.Diagnostics;

namespace Baotou.Incentives.Engine;

/// <summary>
/// Listens to one session and writes the trace: a rule's matched facts and parameter readings when it starts firing, what it
/// inserts while firing, and the entry when it is done. Outcomes are collected here too, by kind, each list in the order its
/// outcomes were produced, so the decision is assembled without another pass.
/// </summary>
/// <remarks>
/// A firing's lists are made only when something goes in them: most firings read a parameter or two and supersede nothing,
/// so the lists left empty share one empty array. Subscribe after the case's facts are inserted: only firings insert outcomes.
/// </remarks>
internal sealed class TraceRecorder
{
    private readonly List<TraceEntry> _entries = [];
    private Firing? _current;

    internal IReadOnlyList<TraceEntry> Entries => _entries;

    internal List<Entitlement> Entitlements { get; } = [];

    internal List<Supersession> Supersessions { get; } = [];

    internal List<Determination> Determinations { get; } = [];

    internal List<Obligation> Obligations { get; } = [];

    /// <summary>Whether no firing produced any outcome: no entitlement, determination, obligation or supersession.</summary>
    internal bool NothingProduced => Entitlements.Count == 0 && Supersessions.Count == 0 && Determinations.Count == 0 && Obligations.Count == 0;

    /// <summary>Whether a firing set any entitlement aside: when none did, every entitlement governs and none need be looked up.</summary>
    internal bool AnySuperseded => Supersessions.Count > 0;

    /// <summary>Writes this session's firings into the trace; call it after the session's facts are inserted, before it fires.</summary>
    internal void Listen(ISession session)
    {
        session.Events.RuleFiringEvent += OnRuleFiring;
        session.Events.FactInsertedEvent += OnFactInserted;
        session.Events.RuleFiredEvent += OnRuleFired;
    }

    private void OnRuleFiring(object? sender, AgendaEventArgs e)
    {
        var firing = new Firing(RuleCatalog.ById[e.Rule.Name]);
        foreach (var match in e.Facts)
        {
            firing.Read(match.Value);
        }

        _current = firing;
    }

    private void OnFactInserted(object? sender, WorkingMemoryEventArgs e)
    {
        var value = e.Fact.Value;
        switch (value)
        {
            case Entitlement entitlement:
                Entitlements.Add(entitlement);
                break;
            case Supersession supersession:
                Supersessions.Add(supersession);
                _current?.Supersede(supersession.SupersededId);
                break;
            case Determination determination:
                Determinations.Add(determination);
                break;
            case Obligation obligation:
                Obligations.Add(obligation);
                break;
        }

        if (value switch { IOutcome outcome => outcome.Id, ICaseFact derived => derived.Id, _ => null } is { } produced)
        {
            _current?.Produce(produced);
        }
    }

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        if (_current is null)
        {
            return;
        }

        var rule = _current.Rule;
        _entries.Add(new TraceEntry(
            _entries.Count + 1, rule.RuleId, rule.Clause, rule.Measure,
            _current.Facts, OrEmpty(_current.Parameters), OrEmpty(_current.Produced), OrEmpty(_current.Superseded)));
        _current = null;
    }

    private static IReadOnlyList<T> OrEmpty<T>(List<T>? list) => list is null ? [] : list;

    private sealed class Firing(RuleInfo rule)
    {
        internal RuleInfo Rule { get; } = rule;

        internal List<FactReference> Facts { get; } = new(4);

        internal List<ParameterReading>? Parameters { get; private set; }

        internal List<string>? Produced { get; private set; }

        internal List<string>? Superseded { get; private set; }

        internal void Produce(string id) => (Produced ??= new(2)).Add(id);

        internal void Supersede(string id) => (Superseded ??= new(1)).Add(id);

        internal void Read(object? value)
        {
            switch (value)
            {
                case ParameterReading reading:
                    (Parameters ??= new(2)).Add(reading);
                    break;
                // Before ICaseFact: a derived fact may also stand for the facts it carries.
                case IFactView view:
                    foreach (var member in view.Members)
                    {
                        Facts.Add(new FactReference(member.GetType().Name, member.Id));
                    }

                    break;
                case ICaseFact fact:
                    Facts.Add(new FactReference(fact.GetType().Name, fact.Id));
                    break;
                case IOutcome outcome:
                    Facts.Add(new FactReference(outcome.GetType().Name, outcome.Id));
                    break;
                case PolicyPack pack:
                    Facts.Add(new FactReference(nameof(PolicyPack), pack.Id));
                    break;
                case IEnumerable collected and not string:
                    foreach (var item in collected)
                    {
                        Read(item);
                    }

                    break;
            }
        }
    }
}
