using Baotou.Incentives.Engine;
using Baotou.Incentives.Policy;

namespace Baotou.Incentives.DependencyInjection;

/// <summary>How <see cref="ServiceCollectionExtensions.AddBaotouIncentives"/> builds the engine.</summary>
public sealed class BaotouIncentivesOptions
{
    /// <summary>
    /// The policy packs the engine applies; unless changed, <see cref="KnownPacks.Default"/>: 《促进科技成果转化法》第四十五条 (always
    /// in force) and 149号 (<see cref="Baotou149.Pack"/>). Clear it and add <see cref="Baotou149.Pack"/> for 149号 alone.
    /// </summary>
    public IList<PolicyPack> Packs { get; } = [.. KnownPacks.Default];

    /// <summary>The language explanations are written in; Chinese, the language of the policy, unless changed.</summary>
    public ExplanationLanguage ExplanationLanguage { get; set; } = ExplanationLanguage.Chinese;
}
