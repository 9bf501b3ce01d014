using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （二）: a use right may be extended only 在科研人员履行协议、科技成果转化取得积极进展、收益情况良好的情况下 — all three;
/// the decision names each that fails. 试点单位可进一步延长 says when the unit may extend and forbids nothing: an extension whose
/// conditions fail does not meet the extension conditions (不符合本条延长条件), it is not "not permitted".
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure2)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class UseRightExtensionConditions : Rule
{
    internal const string Id = "149-2-use-right-extension";

    public override void Define()
    {
        UseRightExtension extension = default!;
        UseRightGrant grant = default!;
        PolicyPack pack = default!;

        When()
            .Match(() => extension)
            .Match(() => grant, g => g.Id == extension.UseRightGrantId)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(extension.RequestedOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(extension, grant, pack)));
    }

    private static Determination Decide(UseRightExtension extension, UseRightGrant grant, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure2, pack, "use-right-extension", extension.Id, DeterminationStatus.Permitted, DeterminationStatus.ConditionsNotMet, Modality.Encouraged,
            new Condition("agreement-performed", extension.AgreementPerformed, new AgreementPerformed(grant.Id)),
            new Condition("positive-progress", extension.PositiveProgress, new PositiveProgress()),
            new Condition("good-income", extension.GoodIncome, new GoodIncome()));
}
