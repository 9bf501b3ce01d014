using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （二）: a long-term use right is granted for no less than the minimum term (不低于 10 年), under a signed written agreement
/// that sets how income is distributed. The term is compared as calendar dates: the end must be on or after the start plus
/// the minimum years, so 9 years 364 days fails and exactly 10 years passes.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure2)]
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
        return Outcome.Determination(Id, Clauses.Measure2, pack, "use-right-term", grant.Id, DeterminationStatus.Permitted, DeterminationStatus.NotPermitted,
            new Condition("term-at-least-minimum", grant.EndsOn >= earliestEnd,
                $"{grant.StartsOn:yyyy-MM-dd} to {grant.EndsOn:yyyy-MM-dd} is {Describe(grant.Term)}; at least {minimum.Value:0} years means ending on or after {earliestEnd:yyyy-MM-dd}"),
            new Condition("signed-agreement", grant.HasSignedAgreement,
                grant.HasSignedAgreement ? "a written agreement was signed" : "no written agreement was signed (应签署书面协议)"),
            new Condition("agreement-sets-income-distribution", grant.AgreementSetsIncomeDistribution,
                grant.AgreementSetsIncomeDistribution ? "the agreement sets how income is distributed" : "the agreement does not set how income is distributed (合理约定成果的收益分配等事项)"));
    }

    private static string Describe(NodaTime.Period term) => $"{term.Years} years {term.Months} months {term.Days} days";
}
