using Baotou.Incentives.Facts;
using Baotou.Incentives.Money;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>（七）: a basis below the threshold is not a major project; the decision shows both numbers.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
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
        Outcome.Determination(Id, Clauses.Measure7, pack, "major-project", basis.ContractId, DeterminationStatus.NotEligible, Modality.RecommendedToSeek,
            new Condition("basis-at-least-threshold", false, new MajorProjectThreshold(basis.ContractId, basis.Kind, basis.Amount, threshold.Value)));
}
