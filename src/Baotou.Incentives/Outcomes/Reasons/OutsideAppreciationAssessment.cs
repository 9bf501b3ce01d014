namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.outside-appreciation-assessment</c>: outside the assessment of state-asset preservation and appreciation (不纳入国有资产保值增值管理考核范围).</summary>
public sealed record OutsideAppreciationAssessment() : IReason;
