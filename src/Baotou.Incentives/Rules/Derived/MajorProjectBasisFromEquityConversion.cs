using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>（七）: for an equity investment by a university or research institute landing in Baotou, the basis is the equity conversion amount (股权折算金额).</summary>
/// <remarks>The basis is a fact of the case, derived once however many packs drive 149号's rules; each pack's rules use it.</remarks>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class MajorProjectBasisFromEquityConversion : Rule
{
    internal const string Id = "149-7-basis-equity-converted";

    public override void Define()
    {
        ContractPlacement placed = default!;
        EquityConversion conversion = default!;

        When()
            .Match(() => placed, x => x.Contract.Mode == TransformationMode.EquityInvestment, x => x.Contract.LandsInBaotou, x => Scope.IsUniversityOrResearchInstitute(x.Unit))
            .Match(() => conversion, q => q.ContractId == placed.Contract.Id)
            .Exists<PolicyPack>(p => p.Applies(RuleSets.Baotou149), p => p.IsInForceOn(placed.Contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(new MajorProjectBasis(placed.Contract.Id, placed.Unit.Id, conversion.ConvertedAmount, MajorProjectBasisKind.EquityConversionAmount)));
    }
}
