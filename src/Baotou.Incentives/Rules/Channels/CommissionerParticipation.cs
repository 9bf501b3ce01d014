using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>
/// （六）, its first sentence: 对获得财政科技经费支持的科技成果转化项目，支持科技特派员参与项目可行性研究、应用转化、实施管理等关键环节.
/// The city supports (支持: encouraged, no duty and no amount) a commissioner's taking part in the key stages of a project
/// that has fiscal science and technology funds. A project without such funds is outside this sentence only; the
/// commissioner's incentive (<see cref="CommissionerIncentive"/>) does not depend on it.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure6)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class CommissionerParticipation : OneFactUnder149<CommissionerEngagement>
{
    internal const string Id = "149-6-commissioner-participation";

    private protected override LocalDate DatedOn(CommissionerEngagement engagement) => engagement.EngagedOn;

    /// <summary>支持科技特派员参与: encouraged, no duty and no amount; a project without fiscal funds is outside this sentence.</summary>
    private protected override Determination Decide(CommissionerEngagement engagement, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure6, pack, "commissioner-participation", engagement.Id, DeterminationStatus.Eligible, DeterminationStatus.NotCovered, Modality.Encouraged,
            new Condition("fiscal-funding", engagement.ProjectHasFiscalFunding, new FiscalFunding()),
            new Condition("key-stage", true, new TookPartInKeyStage(engagement.CommissionerName, engagement.Role)));
}
