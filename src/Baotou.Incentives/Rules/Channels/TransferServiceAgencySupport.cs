using Baotou.Incentives.Facts;
using Baotou.Incentives.Outcomes;
using Baotou.Incentives.Outcomes.Reasons;
using Baotou.Incentives.Policy;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Baotou.Incentives.Rules.Channels;

/// <summary>
/// （五）, its second sentence: 支持引进知名高校院所或国内头部的技术转移服务机构在促成科技成果转化过程中积极开展……服务，对取得成效的技术转移
/// 服务机构，按照相关规定予以支持. An agency whose services achieved results is supported under the relevant provisions: other
/// provisions decide, this text sets no amount and leaves nothing to its own discretion (modality
/// <see cref="Modality.UnderRelevantProvisions"/>). An agency without results yet is not eligible, the condition named.
/// </summary>
[Name(Id)]
[PolicyClause(Clauses.Measure5)]
[RuleSet(RuleSets.Baotou149)]
internal sealed class TransferServiceAgencySupport : OneFactUnder149<TransferServiceAgency>
{
    internal const string Id = "149-5-service-agency-support";

    private protected override LocalDate DatedOn(TransferServiceAgency agency) => agency.EngagedOn;

    private protected override Determination Decide(TransferServiceAgency agency, PolicyPack pack) =>
        Outcome.Determination(Id, Clauses.Measure5, pack, "service-agency-support", agency.Id, DeterminationStatus.Eligible, DeterminationStatus.NotEligible, Modality.UnderRelevantProvisions,
            new Condition("achieved-results", agency.AchievedResults, new AgencyAchievedResults(agency.AgencyName)));
}
