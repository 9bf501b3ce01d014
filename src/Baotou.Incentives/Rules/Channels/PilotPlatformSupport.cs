using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>
/// （四）: a pilot platform is supported 按照相关规定 — no amount in the text — when it serves one of the areas the measure names
/// and is open to the public (面向社会开放). Otherwise it is not eligible, and the failed condition is named.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure4)]
internal sealed class PilotPlatformSupport : Rule
{
    internal const string Id = "149-4-pilot-platform";

    public override void Define()
    {
        PilotPlatform platform = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => platform)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(platform.EstablishedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(platform, pack)));
    }

    private static Determination Decide(PilotPlatform platform, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure4, pack, "pilot-platform-support", platform.Id,
            platform.FocusArea != PilotFocusArea.Other && platform.OpenToPublic ? DeterminationStatus.Discretionary : DeterminationStatus.NotEligible,
            new Condition("focus-area-named", platform.FocusArea != PilotFocusArea.Other,
                platform.FocusArea != PilotFocusArea.Other
                    ? $"{platform.Name} serves {platform.FocusArea}, an area the measure names"
                    : $"{platform.Name} serves none of the areas the measure names (两个稀土基地、世界绿色硅都、5 个重点战新产业、传统产业改造升级)"),
            new Condition("open-to-public", platform.OpenToPublic,
                platform.OpenToPublic ? "it is open to the public" : "it is not open to the public (面向社会开放)"),
            new Condition("support-amount-set-by-text", false, "按照相关规定予以支持: the text sets no amount"));
}
