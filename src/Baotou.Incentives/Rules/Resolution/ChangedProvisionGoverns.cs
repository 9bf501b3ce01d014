using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// 期间国家、自治区相关政策发生变化的，从其规定: a national or autonomous-region provision that changes after 149号 is in force
/// governs the matter it changes, from its own date, whatever its number. Where the change (<see cref="PolicyPack.ChangedBy"/>)
/// and the pack it changes grant one beneficiary a share of the same income, the changed pack's grant is set aside naming
/// 从其规定, even when it is higher: 从其规定 is "follow it", not "take the higher". Before its date the change has no effect,
/// so nothing is set aside for an earlier event.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.ChangedNationalRegionalPolicy)]
[RuleSet(RuleSetAttribute.Every)]
[Priority(Priorities.ChangedProvision)]
internal sealed class ChangedProvisionGoverns()
    : OverlapResolutionRule(Id, Clauses.ChangedNationalRegionalPolicy, ResolutionPrinciple.ChangedProvision)
{
    internal const string Id = "149-closing-changed-provision-governs";

    private protected override IReason Why(Entitlement superseded, Entitlement governing, IReadOnlyList<PolicyPack> packs)
    {
        var changing = packs.Single(p => p.Id == governing.PackId);
        return new ChangedProvisionFollowed(changing.Id, changing.Level, changing.EffectiveFrom, governing.MinimumAmount, governing.Rate,
            superseded.MinimumAmount, superseded.Rate, superseded.PackId);
    }
}
