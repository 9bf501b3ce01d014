using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.DependencyInjection;

/// <summary>How <see cref="ServiceCollectionExtensions.AddBaotouIncentives"/> builds the engine.</summary>
public sealed class BaotouIncentivesOptions
{
    /// <summary>The policy packs the engine applies; 149号 (<see cref="Baotou149.Pack"/>) unless changed.</summary>
    public IList<PolicyPack> Packs { get; } = [Baotou149.Pack];

    /// <summary>The language explanations are written in; Chinese, the language of the policy, unless changed.</summary>
    public ExplanationLanguage ExplanationLanguage { get; set; } = ExplanationLanguage.Chinese;
}
