using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Rules.Resolution;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （十二）: 涉及国家秘密的职务科技成果的赋权和转化…依法依规进行审批. Where <see cref="TransformationBlockedUntilApproved"/> finds a
/// transformation made without the approval it needed, every amount computed on that contract (any measure, any pack, governing
/// or set aside) is qualified as pending that approval, linked to the finding: it is shown, never as owed without qualification,
/// and no sum of what is owed includes it.
/// </summary>
/// <remarks>
/// One firing qualifies every such amount, the findings and the amounts each taken in the order of their ids, so the decision
/// and its trace read the same whatever order the outcomes were produced in.
/// </remarks>
[Name(Id)]
[PolicyClause(Clauses.Measure12)]
[RuleSet(RuleSetAttribute.Every)]
[Priority(Priorities.PendingApproval)]
internal sealed class AmountPendingApproval : Rule
{
    internal const string Id = "149-12-amount-pending-approval";

    public override void Define()
    {
        PacksApplied packs = default!;
        IEnumerable<Determination> blocked = default!;
        IEnumerable<Entitlement> amounts = default!;

        When()
            .Match(() => packs)
            .Query(() => blocked, q => q.Match<Determination>(d => d.RuleId == TransformationBlockedUntilApproved.Id).Collect()
                .Where(c => c.Any()).Select(c => ById(c)))
            .Query(() => amounts, q => q.Match<Entitlement>(e => e.BasisReason is IComputedOnContract
                && blocked.Any(d => d.SubjectFactId == ((IComputedOnContract)e.BasisReason).ContractId)).Collect().Select(c => ById(c)))
            .Having(() => amounts.Any());

        // Built when firing, not bound in the conditions: a bound list of outcomes would read as facts the rule matched.
        Then()
            .Do(ctx => ctx.InsertAll(Qualify(blocked, amounts, packs)));
    }

    // Ordered by id, so that the trace names them in one order however the session produced them.
    private static IEnumerable<T> ById<T>(IEnumerable<T> outcomes)
        where T : IOutcome => outcomes.OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();

    private static IReadOnlyList<Determination> Qualify(IEnumerable<Determination> blocked, IEnumerable<Entitlement> amounts, PacksApplied packs) =>
        blocked.OrderBy(d => d.Id, StringComparer.Ordinal)
            .SelectMany(finding => amounts
                .Where(e => ((IComputedOnContract)e.BasisReason).ContractId == finding.SubjectFactId)
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .Select(amount => Outcome.Determination(Id, Clauses.Measure12, packs.Packs.Single(p => p.Id == finding.PackId), "pending-approval", amount.Id,
                    DeterminationStatus.PendingApproval, Modality.Required,
                    new Condition("transformation-approved", false, new Outcomes.Reasons.AmountPendingApproval(amount.MinimumAmount, finding.SubjectFactId)))))
            .ToArray();
}
