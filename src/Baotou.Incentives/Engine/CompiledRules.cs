using Baotou.Incentives.Rules;
using NRules;
using NRules.Fluent;

namespace Baotou.Incentives.Engine;

/// <summary>
/// The rule set, loaded and compiled once per process. Compiling costs tens of milliseconds; a session from the compiled
/// factory costs about a microsecond, and the factory is safe to share across threads.
/// </summary>
internal static class CompiledRules
{
    private static readonly Lazy<ISessionFactory> Factory = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    internal static ISessionFactory SessionFactory => Factory.Value;

    private static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec
            .From(scan => scan.Type(RuleCatalog.RuleTypes.ToArray()).PrivateTypes(true)));
        return repository.Compile();
    }
}
