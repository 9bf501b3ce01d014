namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary>The transformation lands in Baotou (在包落地).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="RegistrationNumber">Its registration number.</param>
[ReasonCode("condition.lands-in-baotou")]
public sealed record LandsInBaotou(string ContractId, string RegistrationNumber) : IReason;
