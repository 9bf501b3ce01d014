namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>
/// A commissioned project's surplus is paid as performance pay at a ratio the parties
/// agree (横向委托项目结余经费可用于绩效发放，比例自行约定, 149号·（九）). Not limited by the approved performance total: the text
/// says that of 项目绩效经费, not of a surplus paid out.
/// </summary>
/// <param name="ProjectName">The commissioned project.</param>
[ReasonCode("condition.surplus-ratio-agreed")]
public sealed record SurplusRatioAgreed(string ProjectName) : IReason;
