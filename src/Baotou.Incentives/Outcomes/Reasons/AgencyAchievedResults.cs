namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The technology transfer service agency's services achieved results (对取得成效的技术转移服务机构, 149号·（五）).</summary>
/// <param name="AgencyName">The agency.</param>
[ReasonCode("condition.agency-achieved-results")]
public sealed record AgencyAchievedResults(string AgencyName) : IReason;
