namespace Baotou.Incentives.Outcomes.Reasons;

/// <summary><c>condition.lands-in-baotou</c>: the transformation lands in Baotou (在包落地).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="RegistrationNumber">Its registration number.</param>
public sealed record LandsInBaotou(string ContractId, string RegistrationNumber) : IReason;
