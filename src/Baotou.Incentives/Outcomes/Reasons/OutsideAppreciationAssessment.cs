namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>Outside the assessment of state-asset preservation and appreciation (不纳入国有资产保值增值管理考核范围).</summary>
[ReasonCode("condition.outside-appreciation-assessment")]
public sealed record OutsideAppreciationAssessment() : IReason;
