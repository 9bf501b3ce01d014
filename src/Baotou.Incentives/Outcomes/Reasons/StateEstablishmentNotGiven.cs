namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The requirement that whether the unit is a research and development
/// institution or university established by the state (国家设立的研究开发机构、高等院校) be given; failed when
/// <see cref="Facts.Unit.StateEstablished"/> is null, so that whether 第四十五条第二款 reaches its own rule cannot be checked. It
/// never reads as "not state-established".
/// </summary>
/// <param name="UnitId">The unit.</param>
[ReasonCode("condition.state-established-not-given")]
public sealed record StateEstablishmentNotGiven(string UnitId) : IReason;
