namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The unit is a research and development institution or university established by the state
/// (国家设立的研究开发机构、高等院校), whose own rule or agreement must meet the standards of 第四十五条's first paragraph.
/// </summary>
/// <param name="UnitId">The unit.</param>
[ReasonCode("condition.state-established")]
public sealed record StateEstablishedUnit(string UnitId) : IReason;
