using Baotou.Incentives.Rules;
using Baotou.Incentives.Rules.Derived;
using Baotou.Incentives.Rules.Distribution;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Tests.Exploration.PlantedFaults;

/// <summary>
/// Planted fault: 从其规定 reaching past what changed. The library's rule for （八）'s national-award share applies under a change
/// only when the change names that share; this one applies under every pack of 149号's rules, so a regional change of any other
/// parameter makes the award share again, and 从其规定 sets 149号's own aside though the change did not touch it.
/// </summary>
[Name(NationalAwardTransferShare.Id)]
[PolicyClause(Clauses.Measure8)]
internal sealed class ChangeReachesPastItsParameter : Rule
{
    public override void Define()
    {
        ContractIncome income = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => income, i => i.Contract.Mode == TransformationMode.Transfer, i => i.Achievement.HasNationalScienceAward, i => Scope.IsUniversityOrResearchInstitute(i.Unit))
            .Match(() => pack, p => p.RuleSet == RuleSets.Baotou149, p => p.IsInForceOn(income.Contract.SignedOn))
            .Let(() => share, () => pack.Read(Baotou149.NationalAwardTransferShare, income.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Grant(income.Contract, income, pack, share)));
    }

    private static Entitlement Grant(TechnologyContract contract, ContractIncome income, PolicyPack pack, ParameterReading share) =>
        Outcome.Entitlement(NationalAwardTransferShare.Id, Clauses.Measure8, pack, Beneficiary.CompletingTeam, EntitlementKind.Reward, Modality.MayEnjoy,
            contract.Id, IncomeKeys.NetIncome(contract.Id), new NetIncomeOf(contract.Id, contract.Mode), income.Net, share,
            grounds: [new NationalScienceAward(income.Achievement.Id)]);
}
