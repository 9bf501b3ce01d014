namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.written-agreement-signed</c>: the unit and the researchers signed a written agreement (应签署书面协议).</summary>
public sealed record WrittenAgreementSigned() : IReason;
