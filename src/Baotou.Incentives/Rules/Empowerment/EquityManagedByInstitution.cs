using System.Linq.Expressions;
using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using Baotou.Incentives.Rules.Views;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Empowerment;

/// <summary>
/// （三）: state-owned equity formed by investing an achievement at a university or research institute is managed by the
/// institution itself: 不审批、不备案、不纳入国有资产保值增值管理考核范围. Other units' equity is not covered by this sentence. What is
/// self-managed is 形成国有资产的处置, the disposal of that equity; the three are consequences the text states (modality Provided,
/// 依文件规定), so the finding says the measure applies.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure3)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class EquityManagedByInstitution : OneFactUnder149<ContractPlacement>
{
    internal const string Id = "149-3-equity-self-managed";

    private protected override Expression<Func<ContractPlacement, bool>>[] Conditions =>
        [x => x.Contract.Mode == TransformationMode.EquityInvestment, x => Scope.IsUniversityOrResearchInstitute(x.Unit)];

    private protected override LocalDate DatedOn(ContractPlacement placed) => placed.Contract.SignedOn;

    private protected override Determination Decide(ContractPlacement placed, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure3, pack, "state-asset-management", placed.Contract.Id, DeterminationStatus.Applies, Modality.Provided,
            new Condition("no-approval", true, new NoApprovalNeeded(placed.Contract.Id, placed.Unit.Name)),
            new Condition("no-filing", true, new NoFilingNeeded()),
            new Condition("outside-appreciation-assessment", true, new OutsideAppreciationAssessment()));
}
