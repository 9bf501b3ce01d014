using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>
/// （四）: a pilot platform is supported 按照相关规定予以支持 — under the relevant provisions, with no amount in this text — when it
/// serves one of the areas the measure names and is open to the public (面向社会开放). Otherwise it is not eligible, and the failed
/// condition is named. 按照相关规定 refers the amount to other provisions; it is not this text's discretion (only （七）'s 适当 is).
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure4)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class PilotPlatformSupport : OneFactUnder149<PilotPlatform>
{
    internal const string Id = "149-4-pilot-platform";

    private protected override LocalDate DatedOn(PilotPlatform platform) => platform.EstablishedOn;

    /// <summary>Support 按照相关规定予以支持 has no amount in this text, which is not a failed condition: the platform is eligible or not.</summary>
    private protected override Determination Decide(PilotPlatform platform, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure4, pack, "pilot-platform-support", platform.Id, DeterminationStatus.Eligible, DeterminationStatus.NotEligible, Modality.UnderRelevantProvisions,
            new Condition("focus-area-named", platform.FocusArea != PilotFocusArea.Other, new FocusAreaNamed(platform.Name, platform.FocusArea)),
            new Condition("open-to-public", platform.OpenToPublic, new OpenToPublic()));
}
