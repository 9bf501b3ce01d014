namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.agency-achieved-results</c>: the technology transfer service agency's services achieved results (对取得成效的技术转移服务机构, 149号·（五）).</summary>
/// <param name="AgencyName">The agency.</param>
public sealed record AgencyAchievedResults(string AgencyName) : IReason;
