namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The unit and the researchers signed a written agreement (应签署书面协议).</summary>
[ReasonCode("condition.written-agreement-signed")]
public sealed record WrittenAgreementSigned() : IReason;
