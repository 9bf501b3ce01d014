using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Derived;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>（五）: the staff of the technology transfer office that undertook a transformation receive at least a share of its income.</summary>
[Name(Id)]
[PolicyClause(Clauses.Measure5)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class TransferOfficeStaffReward : Rule
{
    internal const string Id = "149-5-transfer-office-staff-reward";

    public override void Define()
    {
        TransferOfficeEngagement engagement = default!;
        ContractIncome income = default!;
        PolicyPack pack = default!;
        ParameterReading share = default!;

        When()
            .Match(() => engagement)
            .Match(() => income, i => i.ContractId == engagement.ContractId)
            .Match(() => pack, p => p.Applies(RuleSets.Baotou149, Baotou149.TransferOfficeRewardShare), p => p.IsInForceOn(income.Contract.SignedOn))
            .Let(() => share, () => pack.Read(Baotou149.TransferOfficeRewardShare, income.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(Grant(engagement, income.Contract, income, pack, share)));
    }

    private static Entitlement Grant(
        TransferOfficeEngagement engagement, TechnologyContract contract, ContractIncome income, PolicyPack pack, ParameterReading share)
    {
        var reading = pack.Readings.TransferOfficeRewardBasis;
        var basis = reading == TransformationIncomeBasis.NetIncome ? income.Net : income.Gross;
        return Outcome.Entitlement(Id, Clauses.Measure5, pack, Beneficiary.TransferOfficeStaff, EntitlementKind.Reward, Modality.OwedMinimum,
            engagement.Id, $"transfer-office:{contract.Id}", new TransformationIncomeOf(contract.Id, reading, engagement.OfficeName), basis, share);
    }
}
