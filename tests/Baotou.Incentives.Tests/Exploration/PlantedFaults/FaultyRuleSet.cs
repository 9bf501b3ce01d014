using System.Collections.Concurrent;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Resolution;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace Baotou.Incentives.Tests.Exploration.PlantedFaults;

/// <summary>
/// A test-only rule set: the library's rules with one replaced by a rule of the same id that carries a planted fault, compiled
/// into one session as the engine evaluated before its last step was split off (the split is shown to decide the same in
/// <c>OutcomePhaseEquivalenceTests</c>). It is the seam for acceptance 1 of issue 26: the library is not touched, no switch is
/// added to a rule, and the faulty rule is an ordinary rule, so the explorer and <c>verify</c> meet it as they would a real slip.
/// </summary>
internal sealed class FaultyRuleSet
{
    private static readonly ConcurrentDictionary<Type, ISessionFactory> Factories = new();

    private readonly ISessionFactory _factory;

    internal FaultyRuleSet(Type faultyRule)
    {
        _factory = Factories.GetOrAdd(faultyRule, type =>
        {
            var repository = new RuleRepository();
            repository.Load(spec => spec.From(scan => scan.Type(type)).PrivateTypes(true));
            var fault = repository.GetRuleSets().SelectMany(s => s.Rules).Single();
            var rules = Baotou.Incentives.Engine.CompiledRules.All.Where(r => r.Name != fault.Name).Append(fault);
            return new RuleCompiler().Compile(rules);
        });
    }

    /// <summary>The evaluation under some packs, as the explorer and <c>verify</c> take it.</summary>
    internal Func<IncentiveCase, LocalDate, IncentiveDecision> For(IReadOnlyList<PolicyPack> packs)
    {
        var engine = new IncentiveEngine(packs);
        return (incentiveCase, on) =>
        {
            // The engine's own checks of the case first, so an invalid case is refused here as there.
            var problems = Baotou.Incentives.Facts.CaseValidator.Problems(incentiveCase).ToArray();
            if (problems.Length > 0)
            {
                throw new Baotou.Incentives.Validation.IncentiveValidationException(problems);
            }

            var ordered = FactKinds.Canonical(incentiveCase.Facts);
            var session = _factory.CreateSession();
            var batch = new List<object> { new EvaluationContext(on), new PacksApplied(engine.Packs), new OverlapResolutions(engine.Packs) };
            batch.AddRange(engine.Packs);
            batch.AddRange(ordered);
            batch.AddRange(FactViews.Of(ordered, on));
            session.InsertAll(batch);
            var recorder = new TraceRecorder();
            recorder.Listen(session);
            session.Fire();
            return engine.Assemble(incentiveCase.Id, on, recorder);
        };
    }
}
