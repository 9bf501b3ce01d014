using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （七）: 金额在 200 万元以上的，推荐争取自治区财政给予…资金激励 — below the threshold nothing is recommended to seek from the
/// autonomous region; the decision shows both numbers. The threshold gates the recommendation and says nothing of what is 重大,
/// so the finding is on the regional incentive, not on the project.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class BelowMajorProjectThreshold : Rule
{
    internal const string Id = "149-7-below-threshold";

    public override void Define()
    {
        MajorProjectBasis basis = default!;
        TechnologyContract contract = default!;
        PolicyPack pack = default!;
        ParameterReading threshold = default!;

        When()
            .Match(() => basis)
            .Match(() => contract, c => c.Id == basis.ContractId)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(contract.SignedOn))
            .Let(() => threshold, () => pack.Read(Baotou149.MajorProjectThreshold, contract.SignedOn))
            .Having(() => basis.Amount < threshold.Value);

        Then()
            .Do(ctx => ctx.Insert(Decide(basis, pack, threshold)));
    }

    private static Determination Decide(MajorProjectBasis basis, PolicyPack pack, ParameterReading threshold) =>
        Outcome.Determination(Id, Clauses.Measure7, pack, "regional-incentive", basis.ContractId, DeterminationStatus.NotRecommended, Modality.RecommendedToSeek,
            new Condition("basis-at-least-threshold", false, new MajorProjectThreshold(basis.ContractId, basis.Kind, basis.Amount, threshold.Value)));
}
