using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>（七）: for a transfer or licence by a university or research institute landing in Baotou, the basis is the money received (技术合同到账金额).</summary>
/// <remarks>The basis is a fact of the case, derived once however many packs drive 149号's rules; each pack's rules use it.</remarks>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class MajorProjectBasisFromMoneyReceived : Rule
{
    internal const string Id = "149-7-basis-money-received";

    public override void Define()
    {
        ContractIncome income = default!;

        When()
            .Match(() => income, i => Scope.BringsMoney(i.Contract), i => i.Contract.LandsInBaotou, i => Scope.IsUniversityOrResearchInstitute(i.Unit))
            .Exists<PolicyPack>(p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(income.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(new MajorProjectBasis(income.Contract.Id, income.Unit.Id, income.Gross, MajorProjectBasisKind.MoneyReceived)));
    }
}
