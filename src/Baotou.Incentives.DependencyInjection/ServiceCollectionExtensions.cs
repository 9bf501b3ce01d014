using Baotou.Incentives.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Baotou.Incentives.DependencyInjection;

/// <summary>Registers the engine with a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IncentiveEngine"/> as a singleton (it is immutable and thread-safe, and compiling the rules is the
    /// expensive part) together with the <see cref="BaotouIncentivesOptions"/> it was built from. Calling it again adds nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options: packs and explanation language; <see langword="null"/> for the default packs (第四十五条 and 149号) in Chinese.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="Validation.IncentiveValidationException">The configured packs are empty or repeat an id (thrown here, not on first use).</exception>
    public static IServiceCollection AddBaotouIncentives(this IServiceCollection services, Action<BaotouIncentivesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new BaotouIncentivesOptions();
        configure?.Invoke(options);

        // Built now so a misconfiguration fails at startup, where it is easy to see.
        var engine = new IncentiveEngine(options.Packs);
        services.TryAddSingleton(options);
        services.TryAddSingleton(engine);
        return services;
    }
}
