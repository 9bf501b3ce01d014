using Baotou.Incentives.Facts;
using Baotou.Incentives.Policy;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Derived;

/// <summary>（七）: for an equity investment by a university or research institute landing in Baotou, the basis is the equity conversion amount (股权折算金额).</summary>
/// <remarks>The basis is a fact of the case, derived once however many packs drive 149号's rules; each pack's rules use it.</remarks>
[Name(Id)]
[PolicyClause(Clauses.Measure7)]
internal sealed class MajorProjectBasisFromEquityConversion : Rule
{
    internal const string Id = "149-7-basis-equity-converted";

    public override void Define()
    {
        TechnologyContract contract = default!;
        Achievement achievement = default!;
        Unit unit = default!;
        EquityConversion conversion = default!;

        When()
            .Match(() => contract, c => c.Mode == TransformationMode.EquityInvestment, c => c.LandsInBaotou)
            .Match(() => achievement, a => a.Id == contract.AchievementId)
            .Match(() => unit, u => u.Id == achievement.UnitId, u => Scope.IsUniversityOrResearchInstitute(u))
            .Match(() => conversion, q => q.ContractId == contract.Id)
            .Exists<PolicyPack>(p => p.RuleSet == RuleSets.Baotou149, p => p.IsInForceOn(contract.SignedOn));

        Then()
            .Do(ctx => ctx.Insert(new MajorProjectBasis(contract.Id, unit.Id, conversion.ConvertedAmount, "equity conversion amount (股权折算金额)")));
    }
}
