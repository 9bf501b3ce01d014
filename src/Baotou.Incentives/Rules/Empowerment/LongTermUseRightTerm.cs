using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （二）: a long-term use right is granted for no less than the minimum term (不低于 10 年), under a signed written agreement
/// that sets how income is distributed. The term is compared as calendar dates: the end must be on or after the start plus
/// the minimum years, so 9 years 364 days fails and exactly 10 years passes. 鼓励…开展…试点 forbids nothing: a grant that misses
/// a condition does not meet the pilot's conditions (不符合本条条件), it is not "not permitted".
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure2)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class LongTermUseRightTerm : Rule
{
    internal const string Id = "149-2-use-right";

    public override void Define()
    {
        UseRightGrant grant = default!;
        PolicyPack pack = default!;
        ParameterReading minimum = default!;

        When()
            .Match(() => grant)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(grant.StartsOn))
            .Let(() => minimum, () => pack.Read(Baotou149.MinimumUseRightYears, grant.StartsOn));

        Then()
            .Do(ctx => ctx.Insert(Decide(grant, pack, minimum)));
    }

    private static Determination Decide(UseRightGrant grant, PolicyPack pack, ParameterReading minimum)
    {
        var earliestEnd = grant.StartsOn.PlusYears((int)minimum.Value);
        var term = grant.Term;
        return Outcome.Determination(Id, Clauses.Measure2, pack, "use-right-term", grant.Id, DeterminationStatus.Permitted, DeterminationStatus.ConditionsNotMet, Modality.Encouraged,
            new Condition("term-at-least-minimum", grant.EndsOn >= earliestEnd,
                new UseRightTerm(grant.StartsOn, grant.EndsOn, term.Years, term.Months, term.Days, minimum.Value, earliestEnd)),
            new Condition("signed-agreement", grant.HasSignedAgreement, new WrittenAgreementSigned()),
            new Condition("agreement-sets-income-distribution", grant.AgreementSetsIncomeDistribution, new AgreementSetsIncomeDistribution()));
    }
}
