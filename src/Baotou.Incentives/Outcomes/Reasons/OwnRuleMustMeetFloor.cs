namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// The unit has its own rule or agreement, and as a state-established institution or
/// university that rule must meet this floor (第四十五条第二款): the floor is owed whatever the rule's own rate.
/// </summary>
/// <param name="UnitId">The unit.</param>
[ReasonCode("ground.own-rule-must-meet-floor")]
public sealed record OwnRuleMustMeetFloor(string UnitId) : IReason;
