using System.Collections;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules;
using Baotou.Incentives.Rules.Views;
using Baotou.Incentives.Tracing;
using NRules.Diagnostics;

namespace Baotou.Incentives.Engine;

/// <summary>
/// Listens to one session and writes the trace: a rule's matched facts and parameter readings when it starts firing, what it
/// inserts while firing, and the entry when it is done. Outcomes are collected here too, in the order they were produced.
/// </summary>
internal sealed class TraceRecorder
{
    private readonly List<TraceEntry> _entries = [];
    private readonly List<IOutcome> _outcomes = [];
    private Firing? _current;

    internal IReadOnlyList<TraceEntry> Entries => _entries;

    internal IReadOnlyList<IOutcome> Outcomes => _outcomes;

    internal void OnRuleFiring(object? sender, AgendaEventArgs e)
    {
        var rule = RuleCatalog.ById[e.Rule.Name];
        var firing = new Firing(rule);
        foreach (var match in e.Facts)
        {
            firing.Read(match.Value);
        }

        _current = firing;
    }

    internal void OnFactInserted(object? sender, WorkingMemoryEventArgs e)
    {
        var value = e.Fact.Value;
        if (value is IOutcome outcome)
        {
            _outcomes.Add(outcome);
        }

        if (_current is null)
        {
            return;
        }

        switch (value)
        {
            case IOutcome produced:
                _current.Produced.Add(produced.Id);
                if (produced is Supersession supersession)
                {
                    _current.Superseded.Add(supersession.SupersededId);
                }

                break;
            case ICaseFact derived:
                _current.Produced.Add(derived.Id);
                break;
        }
    }

    internal void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        if (_current is null)
        {
            return;
        }

        var rule = _current.Rule;
        _entries.Add(new TraceEntry(
            _entries.Count + 1, rule.RuleId, rule.Clause, rule.Measure,
            _current.Facts, _current.Parameters, _current.Produced, _current.Superseded));
        _current = null;
    }

    private sealed class Firing(RuleInfo rule)
    {
        internal RuleInfo Rule { get; } = rule;

        internal List<FactReference> Facts { get; } = [];

        internal List<ParameterReading> Parameters { get; } = [];

        internal List<string> Produced { get; } = [];

        internal List<string> Superseded { get; } = [];

        internal void Read(object? value)
        {
            switch (value)
            {
                case ParameterReading reading:
                    Parameters.Add(reading);
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
