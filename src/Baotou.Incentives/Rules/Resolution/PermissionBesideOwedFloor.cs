using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Resolution;

/// <summary>
/// （八）成果完成团队<b>可享有</b>该成果转让 90%以上收益 beside 按…不低于 80% 的比例…给予奖励和报酬 (or 第四十五条's 不低于 50%): the verb
/// decides the meaning, and a permission never sets aside an owed minimum, because a unit that may pay 90% still must pay 80%.
/// Where a share the team may enjoy and an owed floor fall on the same income, both stand, each with its own verb; this finding
/// links the permission to the owed floor that governs (after 从其规定, 从高从新不重复 and "both are floors" have set aside what they
/// set aside among owed grants), and says that the two are never added.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSetAttribute.Every)]
[Priority(Priorities.PermissionBesideFloor)]
internal sealed class PermissionBesideOwedFloor : Rule
{
    internal const string Id = "149-8-may-enjoy-beside-owed-floor";

    public override void Define()
    {
        PacksApplied packs = default!;
        Entitlement permission = default!;
        Entitlement owed = default!;

        When()
            .Match(() => packs)
            .Match(() => permission, e => e.Modality == Modality.MayEnjoy)
            .Not<Supersession>(s => s.SupersededId == permission.Id)
            .Match(() => owed, e => e.Modality == Modality.OwedMinimum, e => e.Beneficiary == permission.Beneficiary, e => e.IncomeKey == permission.IncomeKey)
            .Not<Supersession>(s => s.SupersededId == owed.Id);

        Then()
            .Do(ctx => ctx.Insert(Link(permission, owed, packs)));
    }

    private static Determination Link(Entitlement permission, Entitlement owed, PacksApplied packs) =>
        Outcome.Determination(Id, permission.Clause, packs.Packs.Single(p => p.Id == permission.PackId), "beside-owed-floor", permission.Id,
            DeterminationStatus.BothStand, Modality.MayEnjoy,
            new Condition("owed-floor-stands", true, new MayEnjoyBeyondOwedFloor(
                permission.MinimumAmount, permission.Rate, owed.MinimumAmount, owed.Rate, owed.Clause)));
}
