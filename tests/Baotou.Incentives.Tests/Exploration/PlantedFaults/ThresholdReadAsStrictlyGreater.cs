using Baotou.Incentives.Rules;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Distribution;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Tests.Exploration.PlantedFaults;

/// <summary>
/// Planted fault: （七）'s 200 万元以上 read as strictly greater. The library's rule with <c>&gt;</c> for <c>&gt;=</c>; the rule
/// for "below the threshold" still reads <c>&lt;</c>, so at exactly the threshold neither says anything about the contract.
/// </summary>
[Name(RecommendedRegionalIncentive.Id)]
[PolicyClause(Clauses.Measure7)]
internal sealed class ThresholdReadAsStrictlyGreater : Rule
{
    public override void Define()
    {
        MajorProjectBasis basis = default!;
        PolicyPack pack = default!;
        ParameterReading threshold = default!;
        ParameterReading rate = default!;
        TechnologyContract contract = default!;

        When()
            .Match(() => basis)
            .Match(() => contract, c => c.Id == basis.ContractId)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.RegionalIncentiveRate), p => p.IsInForceOn(contract.SignedOn))
            .Let(() => threshold, () => pack.Read(Baotou149.MajorProjectThreshold, contract.SignedOn))
            .Let(() => rate, () => pack.Read(Baotou149.RegionalIncentiveRate, contract.SignedOn))
            .Having(() => basis.Amount > threshold.Value);

        Then()
            .Do(ctx => ctx.Insert(Grant(basis, pack, rate)));
    }

    private static Entitlement Grant(MajorProjectBasis basis, PolicyPack pack, ParameterReading rate) =>
        Outcome.Entitlement(RecommendedRegionalIncentive.Id, Clauses.Measure7, pack, Beneficiary.TransferringUnit, EntitlementKind.RegionalIncentive,
            Modality.RecommendedToSeek, basis.ContractId, $"regional-incentive:{basis.ContractId}", basis.Reason, basis.Amount, rate);
}
