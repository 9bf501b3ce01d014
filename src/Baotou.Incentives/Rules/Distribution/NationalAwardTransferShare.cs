using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Distribution;

/// <summary>
/// （八）: the team of a university's or institute's national-award achievement may enjoy at least a share of its transfer
/// income. The sentence stands on its own, so it applies whether or not the unit has its own rule. The text says 转让,
/// and the same clause names 转让或许可 where it means both, so a licence is not read into it.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure8)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class NationalAwardTransferShare : Rule
{
    internal const string Id = "149-8-national-award-transfer";

    public override void Define()
    {
        ContractIncome income = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => income, i => i.Contract.Mode == TransformationMode.Transfer, i => i.Achievement.HasNationalScienceAward, i => Scope.IsUniversityOrResearchInstitute(i.Unit))
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.NationalAwardTransferShare), p => p.IsInForceOn(income.Contract.SignedOn))
            .Let(() => share, () => pack.Read(Baotou149.NationalAwardTransferShare, income.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Grant(income.Contract, income, pack, share)));
    }

    /// <summary>可享有: a share the team may enjoy, not a reward the unit is told to pay.</summary>
    private static Entitlement Grant(TechnologyContract contract, ContractIncome income, PolicyPack pack, ParameterReading share) =>
        Outcome.Entitlement(Id, Clauses.Measure8, pack, Beneficiary.CompletingTeam, EntitlementKind.Reward, Modality.MayEnjoy,
            contract.Id, IncomeKeys.NetIncome(contract.Id), new NetIncomeOf(contract.Id, contract.Mode), income.Net, share,
            grounds: [new NationalScienceAward(income.Achievement.Id)]);
}
