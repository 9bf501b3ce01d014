using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （七）: a project whose basis is at least the threshold (200 万元以上 includes 200 万元) is recommended for a regional
/// incentive of a share of the basis, paid to the transferring unit; the city's own support is discretionary.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class RecommendedRegionalIncentive : Rule
{
    internal const string Id = "149-7-regional-incentive";

    public override void Define()
    {
        MajorProjectBasis basis = default!;
        PolicyPack pack = default!;
        ParameterReading threshold = default!;
        ParameterReading rate = default!;
        Facts.TechnologyContract contract = default!;

        When()
            .Match(() => basis)
            .Match(() => contract, c => c.Id == basis.ContractId)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.RegionalIncentiveRate), p => p.IsInForceOn(contract.SignedOn))
            .Let(() => threshold, () => pack.Read(Baotou149.MajorProjectThreshold, contract.SignedOn))
            .Let(() => rate, () => pack.Read(Baotou149.RegionalIncentiveRate, contract.SignedOn))
            .Having(() => basis.Amount >= threshold.Value);

        Then()
            .Do(ctx => ctx.Insert(Grant(basis, pack, rate)))
            .Do(ctx => ctx.InsertAll(CitySupport(basis, pack, threshold)));
    }

    /// <summary>推荐争取: an incentive the project is recommended to seek from the autonomous region, owed by nobody in the case.</summary>
    private static Entitlement Grant(MajorProjectBasis basis, PolicyPack pack, ParameterReading rate) =>
        Outcome.Entitlement(Id, Clauses.Measure7, pack, Beneficiary.TransferringUnit, EntitlementKind.RegionalIncentive, Modality.RecommendedToSeek,
            basis.ContractId, $"regional-incentive:{basis.ContractId}", basis.Reason, basis.Amount, rate);

    /// <summary>
    /// 市本级给予适当资金支持: discretionary, with no amount in the text; shown as such, never as a failed condition. It is the city's
    /// own sentence: a regional change of the 20% does not make it again.
    /// </summary>
    private static Determination[] CitySupport(MajorProjectBasis basis, PolicyPack pack, ParameterReading threshold) =>
        pack.ChangesPackId is null
            ? [Outcome.Determination(Id, Clauses.Measure7, pack, "city-support", basis.ContractId, DeterminationStatus.Applies, Modality.Discretionary,
                new Condition("basis-at-least-threshold", true, new MajorProjectThreshold(basis.ContractId, basis.Kind, basis.Amount, threshold.Value)))]
            : [];
}
